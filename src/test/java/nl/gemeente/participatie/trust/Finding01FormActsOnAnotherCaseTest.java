package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.support.WebappSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 1 of issue 13, replayed through the engine REST API (as Tasklist and as the operator):
 * a form of case A submitted with an extra variable {@code caseId} = B, and the operator writing
 * that variable directly. The form accepts only what it declares; nobody writes variables of a case
 * through the API; both cases stay exactly as they were.
 */
@PostgresServiceTest
class Finding01FormActsOnAnotherCaseTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;
  CaseDriver driver;
  String caseA;
  String caseB;

  @BeforeEach
  void twoCasesAtTheIntake() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(engine, client);
    caseA = client.newCase();
    caseB = client.newCase();
  }

  @Test
  void anIntakeFormWithAnExtraCaseIdIsRefusedAndNeitherCaseChanges() {
    Task intakeOfA = driver.taskOf(driver.instanceOf(caseA));

    ResponseEntity<String> attack = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/task/" + intakeOfA.getId() + "/submit-form", withdrawnIntakeWith(caseB));

    assertThat(attack.getStatusCode().value()).isEqualTo(400);
    assertThat(attack.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(Json.parse(attack.getBody()).get("message").asText()).contains("caseId").contains("niets opgeslagen");
    assertBothUntouched(intakeOfA);
  }

  @Test
  void theSameAttackThroughTasklistIsRefusedToo() {
    Task intakeOfA = driver.taskOf(driver.instanceOf(caseA));
    WebappSession tasklist = WebappSession.open(port, "default");
    assertThat(tasklist.login("tasklist", "caseworker", "caseworker")).isEqualTo(200);

    HttpResponse<String> attack = tasklist.engineSend("POST", "/task/" + intakeOfA.getId() + "/submit-form",
        withdrawnIntakeWith(caseB));

    assertThat(attack.statusCode()).isEqualTo(400);
    assertThat(Json.parse(attack.body()).get("message").asText()).contains("caseId");
    assertBothUntouched(intakeOfA);
  }

  @Test
  void theOperatorCannotWriteTheCaseIdOrAnyOtherVariableOfACase() {
    ProcessInstance a = driver.instanceOf(caseA);
    Task intakeOfA = driver.taskOf(a);
    String value = Json.write(Map.of("value", caseB, "type", "String"));

    ResponseEntity<String> put = client.exchange("operator", HttpMethod.PUT,
        "/engine-rest/process-instance/" + a.getId() + "/variables/caseId", value);
    ResponseEntity<String> modify = client.exchange("operator", HttpMethod.POST,
        "/engine-rest/process-instance/" + a.getId() + "/variables",
        Json.write(Map.of("modifications", Map.of("caseId", Map.of("value", caseB)))));
    ResponseEntity<String> local = client.exchange("operator", HttpMethod.PUT,
        "/engine-rest/execution/" + a.getId() + "/localVariables/caseId", value);
    ResponseEntity<String> onTheTask = client.exchange("caseworker", HttpMethod.PUT,
        "/engine-rest/task/" + intakeOfA.getId() + "/variables/caseId", value);
    ResponseEntity<String> byModification = client.exchange("operator", HttpMethod.POST,
        "/engine-rest/process-instance/" + a.getId() + "/modification",
        Json.write(Map.of("instructions", java.util.List.of(Map.of("type", "startBeforeActivity",
            "activityId", "UserTask_IntakeConversation", "variables", Map.of("caseId", Map.of("value", caseB)))))));
    ResponseEntity<String> byMessage = client.exchange("demo", HttpMethod.POST, "/engine-rest/message",
        Json.write(Map.of("messageName", "anything", "businessKey", caseA,
            "processVariables", Map.of("caseId", Map.of("value", caseB)))));

    assertThat(put.getStatusCode().value()).isEqualTo(403);
    assertThat(modify.getStatusCode().value()).isEqualTo(403);
    assertThat(local.getStatusCode().value()).isEqualTo(403);
    assertThat(onTheTask.getStatusCode().value()).isEqualTo(403);
    assertThat(byModification.getStatusCode().value()).isEqualTo(400);
    assertThat(byMessage.getStatusCode().value()).as("not even an administrator sets variables from outside").isEqualTo(403);
    assertThat(put.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(engine.getRuntimeService().getVariable(a.getId(), "caseId")).isNotEqualTo(caseB);
    assertBothUntouched(intakeOfA);
  }

  @Test
  void theFormItselfStillWorksWithOnlyItsOwnVariable() {
    Task intakeOfA = driver.taskOf(driver.instanceOf(caseA));

    ResponseEntity<String> withdrawn = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/task/" + intakeOfA.getId() + "/submit-form", withdrawnIntakeWith(null));

    assertThat(withdrawn.getStatusCode().value()).as(withdrawn.getBody()).isEqualTo(204);
    assertThat(status(caseA)).isEqualTo("CLOSED");
    assertThat(status(caseB)).isEqualTo("OPEN");
  }

  private void assertBothUntouched(Task intakeOfA) {
    assertThat(status(caseA)).isEqualTo("OPEN");
    assertThat(status(caseB)).isEqualTo("OPEN");
    assertThat(engine.getTaskService().createTaskQuery().taskId(intakeOfA.getId()).count()).isEqualTo(1);
    assertThat(driver.taskOf(driver.instanceOf(caseB)).getTaskDefinitionKey()).isEqualTo("UserTask_IntakeConversation");
    assertThat(engine.getRuntimeService().getVariables(driver.instanceOf(caseA).getId())).doesNotContainKey("intake");
  }

  private String status(String caseId) {
    return jdbc.queryForObject("select status from pw_case where case_id = ?", String.class, caseId);
  }

  /** The intake form of the finding: withdrawn, with (when given) the extra variable caseId. */
  private static String withdrawnIntakeWith(String otherCase) {
    Map<String, Object> intake = CaseDriver.withdrawnIntake("x");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("intake", Map.of("type", "Json", "value", Json.write(intake)));
    if (otherCase != null) {
      variables.put("caseId", Map.of("type", "String", "value", otherCase));
    }
    return Json.write(Map.of("variables", variables));
  }
}
