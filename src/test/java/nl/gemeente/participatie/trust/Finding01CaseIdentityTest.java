package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import nl.gemeente.participatie.support.CaseAssert;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 1 of issue 13: a form or a variable write could make case A's step act on case B, because
 * delegates read the case id from a process variable. Now every step takes its case from the
 * business key, and there is no {@code caseId} variable at all; ids of other records kept in variables
 * (here a signal's) are checked to belong to that case. The attacks here go through the engine's
 * Java API, as the engine REST API would pass them on if its HTTP guard were absent.
 */
@PostgresServiceTest
class Finding01CaseIdentityTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    client = new ServiceClient(rest);
  }

  @Test
  void aCaseProcessHasNoCaseIdVariable() {
    ProcessInstance a = instanceOf(client.newCase());

    assertThat(runtimeService.getVariables(a.getId())).doesNotContainKey("caseId");
  }

  @Test
  void aCaseIdVariableSetOnAnotherCaseDoesNotRedirectItsIntakeOutcome() {
    String caseA = client.newCase();
    String caseB = client.newCase();
    ProcessInstance a = instanceOf(caseA);
    ProcessInstance b = instanceOf(caseB);

    // The operator's attack: PUT /engine-rest/process-instance/{A}/variables/caseId = B.
    // On the case map and on the intake's own process, where "Intake-uitkomst vastleggen" runs.
    runtimeService.setVariable(a.getId(), "caseId", caseB);
    runtimeService.setVariable(taskService.createTaskQuery().taskId(intakeTaskOf(a)).singleResult().getProcessInstanceId(),
        "caseId", caseB);
    formService.submitTaskForm(intakeTaskOf(a), Variables.createVariables()
        .putValueTyped("intake", SpinValues.jsonValue(Json.write(withdrawn())).create()));

    assertWithdrawnOnlyA(caseA, caseB, a, b);
  }

  @Test
  void anExtraCaseIdSubmittedWithTheIntakeFormDoesNotRedirectItsOutcome() {
    String caseA = client.newCase();
    String caseB = client.newCase();
    ProcessInstance a = instanceOf(caseA);
    ProcessInstance b = instanceOf(caseB);

    // The caseworker's attack: submit-form of A's intake with an undeclared variable caseId = B.
    formService.submitTaskForm(intakeTaskOf(a), Variables.createVariables()
        .putValueTyped("intake", SpinValues.jsonValue(Json.write(withdrawn())).create())
        .putValue("caseId", caseB));

    assertWithdrawnOnlyA(caseA, caseB, a, b);
  }

  @Test
  void aProcessStartedWithAnotherCasesIdAsBusinessKeyIsRefusedAndThatCaseKeepsItsProcess() {
    String caseB = client.newCase();
    ProcessInstance b = instanceOf(caseB);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("participationCase", caseB))
        .hasMessageContaining(caseB);

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(caseB).count()).isEqualTo(1);
    assertThat(b).isWaitingAt("UserTask_IntakeConversation");
    JsonNode viewB = caseView(caseB);
    assertThat(viewB.get("status").asText()).isEqualTo("OPEN");
    assertThat(viewB.get("stage").asText()).isEqualTo("INTAKE");
  }

  @Test
  void aStartFormWithAnotherCasesIdAsBusinessKeyRegistersANewCaseAndLeavesThatCaseAlone() {
    String caseB = client.newCase();
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("participationCase").latestVersion().singleResult().getId();

    ProcessInstance started = formService.submitStartForm(definitionId, caseB, Map.of("bsn", TestBsn.next(),
        "reportDate", ServiceClient.today(), "requestType", "BIJSTAND", "channel", "DESK"));

    String newCase = runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult()
        .getBusinessKey();
    assertThat(newCase).isNotEqualTo(caseB).matches("PW-\\d{4}-\\d{6}");
    assertThat(caseView(newCase).get("status").asText()).isEqualTo("OPEN");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(caseB).count()).isEqualTo(1);
    assertThat(instanceOf(caseB)).isWaitingAt("UserTask_IntakeConversation");
  }

  @Test
  void aSignalIdOfAnotherCaseWrittenIntoASignalCheckIsRefusedAndThatSignalStaysUntouched() {
    CaseDriver driver = new CaseDriver(processEngine, client);
    String caseA = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    String caseB = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    signalFor(caseA);
    String signalB = signalFor(caseB);
    Task checkA = driver.task(driver.instanceOf(caseA), "UserTask_CheckSignal");

    // PUT /engine-rest/task/{id}/variables/signalId: A's check now names B's signal.
    taskService.setVariable(checkA.getId(), "signalId", signalB);
    assertThatThrownBy(() -> formService.submitTaskForm(checkA.getId(), Variables.createVariables()
        .putValueTyped("signalCheck", SpinValues.jsonValue(Json.write(
            Map.of("outcome", "NO_EFFECT", "reasons", "Geen gevolgen."))).create())))
        .hasMessageContaining(caseA);

    assertThat(jdbc.queryForMap("select status, outcome, checked_by from pw_signal where signal_id = ?", signalB))
        .containsEntry("outcome", null).containsEntry("checked_by", null);
    assertThat(driver.task(driver.instanceOf(caseA), "UserTask_CheckSignal")).isNotNull();
    assertThat(driver.task(driver.instanceOf(caseB), "UserTask_CheckSignal")).isNotNull();
  }

  private String signalFor(String caseId) {
    Map<String, Object> body = ServiceClient.signal("HOUSING-" + UUID.randomUUID(), "HOUSING", "EVICTION", caseId, null);
    ResponseEntity<String> received = client.exchange("signals", HttpMethod.POST, "/api/signals", Json.write(body));
    assertThat(received.getStatusCode().value()).as(received.getBody()).isEqualTo(202);
    return Json.parse(received.getBody()).get("signalId").asText();
  }

  private void assertWithdrawnOnlyA(String caseA, String caseB, ProcessInstance a, ProcessInstance b) {
    JsonNode viewA = caseView(caseA);
    assertThat(viewA.get("status").asText()).isEqualTo("CLOSED");
    assertThat(viewA.get("outcome").asText()).isEqualTo("WITHDRAWN");
    assertThat(a).isEnded();

    JsonNode viewB = caseView(caseB);
    assertThat(viewB.get("status").asText()).isEqualTo("OPEN");
    assertThat(viewB.path("outcome").isNull() || viewB.path("outcome").isMissingNode()).isTrue();
    assertThat(b).isWaitingAt("UserTask_IntakeConversation");
    assertThat(runtimeService.getVariables(b.getId())).doesNotContainKey("intake");
    assertThat(runtimeService.getVariables(CaseAssert.task("UserTask_IntakeConversation", b).getProcessInstanceId()))
        .doesNotContainKey("intake");
  }

  private JsonNode caseView(String caseId) {
    return Json.parse(client.getCase("caseworker", caseId).getBody());
  }

  private ProcessInstance instanceOf(String caseId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(caseId).singleResult();
  }

  private String intakeTaskOf(ProcessInstance instance) {
    return CaseAssert.task("UserTask_IntakeConversation", instance).getId();
  }

  private static Map<String, Object> withdrawn() {
    return CaseDriver.withdrawnIntake("Klant trekt de melding in.");
  }
}
