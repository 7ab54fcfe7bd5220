package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 7 of issue 13, the engine REST API's part: Java-serialized {@code Object} and {@code Xml}
 * variables in a form submission, starting {@code participationCase} through {@code /start} with a
 * bad BSN, and {@code submit-form} on an unknown task answered 500. Now 400 or 404 as problem+json,
 * and nothing changes.
 */
@PostgresServiceTest
class Finding07EngineApiBadInputTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;
  CaseDriver driver;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(engine, client);
  }

  @Test
  void objectAndXmlVariablesInAFormAreRefused() {
    String caseId = client.newCase();
    Task intake = driver.taskOf(driver.instanceOf(caseId));
    Map<String, Object> javaObject = new LinkedHashMap<>();
    javaObject.put("type", "Object");
    javaObject.put("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==");
    javaObject.put("valueInfo", Map.of("objectTypeName", "java.util.HashMap",
        "serializationDataFormat", "application/x-java-serialized-object"));

    ResponseEntity<String> object = submit(intake, Map.of("intake", javaObject));
    ResponseEntity<String> xml = submit(intake, Map.of("intake", Map.of("type", "Xml", "value", "<intake outcome=\"WITHDRAWN\"/>")));
    ResponseEntity<String> bytes = submit(intake, Map.of("intake", Map.of("type", "Bytes", "value", "AAAA")));

    for (ResponseEntity<String> refused : new ResponseEntity[] {object, xml, bytes}) {
      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
      assertThat(Json.parse(refused.getBody()).get("message").asText()).contains("Ongeldig soort waarde in intake");
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(intake.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariables(intake.getProcessInstanceId())).doesNotContainKey("intake");
  }

  @Test
  void startingTheCaseProcessThroughStartIsRefusedWhateverTheBsn() {
    long cases = jdbc.queryForObject("select count(*) from pw_case", Long.class);
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("participationCase").count();

    ResponseEntity<String> badBsn = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/process-definition/key/participationCase/start", Json.write(Map.of("variables", Map.of(
            "bsn", Map.of("value", "123456789"), "reportDate", Map.of("value", ServiceClient.today()),
            "requestType", Map.of("value", "BIJSTAND"), "channel", Map.of("value", "DESK")))));
    ResponseEntity<String> goodBsn = client.exchange("demo", HttpMethod.POST,
        "/engine-rest/process-definition/key/participationCase/start", Json.write(Map.of("variables", Map.of(
            "bsn", Map.of("value", TestBsn.next())))));

    assertThat(badBsn.getStatusCode().value()).isEqualTo(400);
    assertThat(badBsn.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(badBsn.getBody()).doesNotContain("123456789");
    assertThat(goodBsn.getStatusCode().value()).isEqualTo(400);
    assertThat(jdbc.queryForObject("select count(*) from pw_case", Long.class)).isEqualTo(cases);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("participationCase").count())
        .isEqualTo(instances);
  }

  @Test
  void aStartFormWithABusinessKeyIsRefused() {
    String existing = client.newCase();
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("participationCase").count();

    ResponseEntity<String> response = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/process-definition/key/participationCase/submit-form", Json.write(Map.of("businessKey", existing,
            "variables", Map.of("bsn", Map.of("value", TestBsn.next()), "reportDate", Map.of("value", ServiceClient.today()),
                "requestType", Map.of("value", "BIJSTAND"), "channel", Map.of("value", "DESK")))));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("participationCase").count())
        .isEqualTo(instances);
  }

  @Test
  void submittingAnUnknownTaskIs404() {
    ResponseEntity<String> response = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/task/00000000-0000-0000-0000-000000000000/submit-form", "{\"variables\": {}}");

    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
  }

  private ResponseEntity<String> submit(Task task, Map<String, Object> variables) {
    return client.exchange("caseworker", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form",
        Json.write(Map.of("variables", variables)));
  }
}
