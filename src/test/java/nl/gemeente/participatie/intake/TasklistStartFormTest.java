package nl.gemeente.participatie.intake;

import static nl.gemeente.participatie.support.ServiceClient.melding;
import static nl.gemeente.participatie.support.ServiceClient.today;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starting a case from Tasklist's start form: the same call Tasklist makes (submit-form on the
 * process definition), as the caseworker, with the same validation as the intake API.
 */
@PostgresServiceTest
class TasklistStartFormTest {

  static final String SUBMIT = "/engine-rest/process-definition/key/participationCase/submit-form";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
  }

  @Test
  void theCaseworkerCanStartTheProcessAndLoadItsStartForm() {
    ResponseEntity<String> startable = client.exchange("caseworker", HttpMethod.GET,
        "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true", null);
    assertThat(Json.parse(startable.getBody()).findValuesAsText("key")).contains("participationCase");

    ResponseEntity<String> form = client.exchange("caseworker", HttpMethod.GET,
        "/engine-rest/process-definition/key/participationCase/deployed-start-form", null);
    assertThat(form.getStatusCode().value()).isEqualTo(200);
    assertThat(Json.parse(form.getBody()).get("id").asText()).isEqualTo("melding-start");

    ResponseEntity<String> notForOperators = client.exchange("operator", HttpMethod.GET,
        "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true", null);
    assertThat(Json.parse(notForOperators.getBody()).findValuesAsText("key")).doesNotContain("participationCase");
  }

  @Test
  void aValidStartFormRegistersTheCaseAndKeepsTheBsnOutOfTheProcess() {
    String bsn = TestBsn.next();

    ResponseEntity<String> response = submit("caseworker", bsn, today(), "WORK_SUPPORT_ONLY", "PHONE");

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    String processInstanceId = Json.parse(response.getBody()).get("id").asText();
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    String caseId = instance.getBusinessKey();
    assertThat(caseId).matches("PW-\\d{4}-\\d{6}");

    Map<String, Object> row = jdbc.queryForMap(
        "select bsn, request_type, channel, registered_by, process_instance_id, stage from pw_case where case_id = ?", caseId);
    assertThat(row).containsEntry("bsn", bsn).containsEntry("request_type", "WORK_SUPPORT_ONLY")
        .containsEntry("channel", "PHONE").containsEntry("registered_by", "caseworker")
        .containsEntry("process_instance_id", processInstanceId).containsEntry("stage", "INTAKE");

    assertThat(runtimeService.getVariables(processInstanceId))
        .containsEntry("caseNumber", caseId)
        .doesNotContainKey("caseId")
        .containsEntry("requestType", "WORK_SUPPORT_ONLY")
        .doesNotContainKeys("bsn", "channel");
    // The intake runs in its own process (caseIntake), with the case id as business key and without the BSN too.
    ProcessInstance intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
        .singleResult();
    assertThat(intake.getBusinessKey()).isEqualTo(caseId);
    assertThat(runtimeService.getVariables(intake.getId()))
        .containsEntry("caseNumber", caseId)
        .doesNotContainKeys("bsn", "channel");
    assertThat(taskService.createTaskQuery().processInstanceId(intake.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("UserTask_IntakeConversation");
  }

  @Test
  void anInvalidStartFormShowsADutchMessageAndCreatesNothing() {
    long cases = countCases();
    long processes = countProcessInstancesEver();

    ResponseEntity<String> badBsn = submit("caseworker", "123456789", today(), "BIJSTAND", "DESK");
    ResponseEntity<String> future = submit("caseworker", TestBsn.next(), "2999-01-01", "BIJSTAND", "DESK");

    assertThat(badBsn.getStatusCode().value()).isEqualTo(400);
    assertThat(message(badBsn)).contains("BSN voldoet niet aan de elfproef").doesNotContain("123456789");
    assertThat(future.getStatusCode().value()).isEqualTo(400);
    assertThat(message(future)).contains("Meldingsdatum mag niet in de toekomst liggen");
    assertThat(countCases()).isEqualTo(cases);
    assertThat(countProcessInstancesEver()).isEqualTo(processes);
  }

  @Test
  void aStartFormForAPersonWithAnOpenCaseNamesThatCaseAndCreatesNothing() {
    String bsn = TestBsn.next();
    String existing = Json.parse(client.postCase("caseworker", melding(bsn)).getBody()).get("caseId").asText();
    long processes = countProcessInstancesEver();

    ResponseEntity<String> response = submit("caseworker", bsn, today(), "BIJSTAND", "DESK");

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(message(response)).contains(existing).doesNotContain(bsn);
    assertThat(countProcessInstancesEver()).isEqualTo(processes);
  }

  @Test
  void aProcessStartedForAnUnknownCaseIsRefused() {
    long processes = countProcessInstancesEver();
    String body = Json.write(Map.of("businessKey", "PW-1999-000001",
        "variables", Map.of("caseId", Map.of("value", "PW-1999-000001"))));

    ResponseEntity<String> response = client.exchange("demo", HttpMethod.POST,
        "/engine-rest/process-definition/key/participationCase/start", body);

    assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(countProcessInstancesEver()).isEqualTo(processes);
  }

  private ResponseEntity<String> submit(String user, String bsn, String reportDate, String requestType, String channel) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("bsn", Map.of("value", bsn));
    variables.put("reportDate", Map.of("value", reportDate));
    variables.put("requestType", Map.of("value", requestType));
    variables.put("channel", Map.of("value", channel));
    return client.exchange(user, HttpMethod.POST, SUBMIT, Json.write(Map.of("variables", variables)));
  }

  private static String message(ResponseEntity<String> response) {
    JsonNode body = Json.parse(response.getBody());
    return body.get("message").asText();
  }

  private long countCases() {
    return jdbc.queryForObject("select count(*) from pw_case", Long.class);
  }

  private long countProcessInstancesEver() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("participationCase").count();
  }
}
