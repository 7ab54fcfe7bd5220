package nl.gemeente.participatie.intake;

import static nl.gemeente.participatie.support.ServiceClient.melding;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;
import static nl.gemeente.participatie.support.CaseAssert.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Scenarios of the intake (process {@code caseIntake}, called by the case map {@code participationCase}): from a melding through the intake conversation
 * to the recorded outcome. The intake is completed the way Tasklist does it (submit-form with the
 * form's JSON object) by the caseworker, so forms, authorizations and delegates are wired for real.
 */
@PostgresServiceTest
class ParticipationCaseProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  ServiceClient client;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    client = new ServiceClient(rest);
  }

  @Test
  void meldingIsRegisteredAndWaitsForTheIntakeConversation() {
    ProcessInstance instance = instanceOf(client.newCase());

    assertThat(instance).hasPassed("StartEvent_MeldingReceived", "ServiceTask_RegisterMelding")
        .isWaitingAt("UserTask_IntakeConversation");
    assertThat(task(instance)).hasCandidateGroup("klantmanager").hasName("Intakegesprek voeren").isNotAssigned();
    // The case map calls the intake as a process of its own, with the case id as business key.
    assertThat(instance).isWaitingAt("CallActivity_Intake");
    assertThat(processEngine.getRepositoryService().getProcessDefinition(task(instance).getProcessDefinitionId()).getKey())
        .isEqualTo("caseIntake");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(task(instance).getProcessInstanceId())
        .singleResult().getBusinessKey()).isEqualTo(instance.getBusinessKey());
  }

  @Test
  void workSupportOnlySkipsTheBenefitStagesAndGoesToTheAssessment() {
    String caseId = client.newCase();
    ProcessInstance instance = instanceOf(caseId);

    ResponseEntity<String> response = submitIntake(instance, intake("PROCEED", null, "WORK_SUPPORT_ONLY"));

    assertThat(response.getStatusCode().value()).isEqualTo(204);
    assertThat(instance).hasPassed("ServiceTask_RecordIntakeOutcome", "ServiceTask_EnterAssessment")
        .hasNotPassed("ServiceTask_FetchPersonData", "ServiceTask_RegisterApplication")
        .isWaitingAt("UserTask_BroadIntake");
    JsonNode caseView = Json.parse(client.getCase("caseworker", caseId).getBody());
    assertThat(caseView.get("status").asText()).isEqualTo("OPEN");
    assertThat(caseView.get("stage").asText()).isEqualTo("ASSESSMENT");
    assertThat(caseView.get("openTasks").get(0).get("name").asText()).isEqualTo("Brede intake afnemen");
  }

  @Test
  void aCorrectedRequestTypeIsRecordedOnTheCase() {
    String caseId = client.newCase();

    submitIntake(instanceOf(caseId), intake("PROCEED", null, "WORK_SUPPORT_ONLY"));

    assertThat(Json.parse(client.getCase("caseworker", caseId).getBody()).get("requestType").asText())
        .isEqualTo("WORK_SUPPORT_ONLY");
  }

  @Test
  void aBijstandIntakeThatProceedsGoesOnToTheApplication() {
    String caseId = client.newCase();
    ProcessInstance instance = instanceOf(caseId);

    ResponseEntity<String> response = submitIntake(instance, intake("PROCEED", null, "BIJSTAND"));

    assertThat(response.getStatusCode().value()).isEqualTo(204);
    assertThat(instance).hasPassed("Gateway_ApplicationFollows").isWaitingAt("ServiceTask_FetchPersonData");
    JsonNode caseView = Json.parse(client.getCase("caseworker", caseId).getBody());
    assertThat(caseView.get("status").asText()).isEqualTo("OPEN");
    assertThat(caseView.get("stage").asText()).isEqualTo("ELIGIBILITY");
  }

  @Test
  void aWithdrawalWithoutReasonIsRefusedAndTheTaskStaysOpen() {
    String caseId = client.newCase();
    ProcessInstance instance = instanceOf(caseId);

    ResponseEntity<String> response = submitIntake(instance, intake("WITHDRAWN", "", "BIJSTAND"));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(response.getBody()).get("message").asText())
        .contains("Geef de reden bij intrekking of doorverwijzing.");
    assertThat(instance).isWaitingAt("UserTask_IntakeConversation");
    assertThat(Json.parse(client.getCase("caseworker", caseId).getBody()).get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void aWithdrawalWithReasonClosesTheCaseAndAllowsANewMeldingLater() {
    String bsn = TestBsn.next();
    String caseId = Json.parse(client.postCase("caseworker", melding(bsn)).getBody()).get("caseId").asText();

    submitIntake(instanceOf(caseId), intake("WITHDRAWN", "Klant heeft zelf werk gevonden", "BIJSTAND"));

    assertThat(Json.parse(client.getCase("caseworker", caseId).getBody()).get("outcome").asText()).isEqualTo("WITHDRAWN");
    ResponseEntity<String> again = client.postCase("caseworker", melding(bsn));
    assertThat(again.getStatusCode().value()).isEqualTo(201);
    assertThat(Json.parse(again.getBody()).get("caseId").asText()).isNotEqualTo(caseId);
  }

  @Test
  void anIntakeWithoutItsDataIsRefused() {
    ProcessInstance instance = instanceOf(client.newCase());
    String taskId = task(instance).getId();

    ResponseEntity<String> response = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/task/" + taskId + "/submit-form", "{\"variables\": {}}");

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(instance).isWaitingAt("UserTask_IntakeConversation");
  }

  private ProcessInstance instanceOf(String caseId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(caseId).singleResult();
  }

  /** The intake form's data, as Tasklist submits the group with path "intake": one JSON variable. */
  static Map<String, Object> intake(String outcome, String reason, String requestType) {
    Map<String, Object> intake = new LinkedHashMap<>();
    intake.put("householdType", "SINGLE_PARENT");
    intake.put("childrenUnder18", 2);
    intake.put("costSharers", 0);
    intake.put("requestType", requestType);
    intake.put("informedAboutDataProcessing", true);
    intake.put("consentPartnerSharing", false);
    intake.put("contactPreference", "EMAIL");
    intake.put("outcome", outcome);
    if (reason != null) {
      intake.put("outcomeReason", reason);
    }
    intake.put("declaredAssets", 1200.50);
    intake.put("daysAbroadThisYear", 3);
    intake.put("searchPeriodExempt", false);
    return intake;
  }

  ResponseEntity<String> submitIntake(ProcessInstance instance, Map<String, Object> intake) {
    String taskId = task(instance).getId();
    String body = Json.write(Map.of("variables", Map.of("intake",
        Map.of("type", "Json", "value", Json.write(intake)))));
    return client.exchange("caseworker", HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", body);
  }
}
