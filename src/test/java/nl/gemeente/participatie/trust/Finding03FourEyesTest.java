package nl.gemeente.participatie.trust;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.support.TestPartners;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 3 of issue 13: the operator skipped "Besluit goedkeuren (vier ogen)" with a process
 * instance modification, and the case closed as REFUSED. Now the service itself refuses to take,
 * register, pay or close a refusal or deviation without a recorded approval by a second person,
 * and the same for a withdrawal after suspension (art. 54 lid 4). The attack goes through
 * {@code /engine-rest} as user {@code operator} (group beheer); the failing step becomes an
 * incident that says what is missing, and nothing is registered, paid or closed.
 */
@PostgresServiceTest
class Finding03FourEyesTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;
  CaseDriver driver;
  LocalDate today;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    today = LocalDate.now(AMSTERDAM);
  }

  @Test
  void theOperatorCannotTakeARefusalPastItsOpenApprovalAndTheTeamLeadCanStillApproveIt() {
    String caseId = refusalAwaitingApproval();
    ProcessInstance instance = driver.instanceOf(caseId);

    ResponseEntity<String> modified = modify(instance,
        Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_TakeDecision"));
    assertThat(modified.getStatusCode().value()).as(modified.getBody()).isEqualTo(204);
    runJobsUntilIncident(instance);

    assertIncidentNamesTheMissingApproval(instance, caseId, "ServiceTask_TakeDecision");
    assertNothingDecided(caseId);
    assertThat(driver.task(instance, "UserTask_ApproveDecision")).isNotNull();

    // The normal path still works: the team lead approves, the decision is taken, registered and closed.
    assertThat(driver.submit("teamlead", driver.task(instance, "UserTask_ApproveDecision"), "approval",
        Map.of("verdict", "APPROVE")).getStatusCode().value()).isEqualTo(204);
    runJobsUntilIncident(instance);
    assertThat(instance).isEnded();
    JsonNode view = caseView(caseId);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("outcome").asText()).isEqualTo("REFUSED");
    TestPartners.server().verify(1, postRequestedFor(urlEqualTo("/zgw/besluiten/api/v1/besluiten"))
        .withRequestBody(matchingJsonPath("$.identificatie", equalTo(caseId + "-REFUSE"))));
  }

  @Test
  void theOperatorCannotCancelTheApprovalAndTakeTheRefusalInstead() {
    String caseId = refusalAwaitingApproval();
    ProcessInstance instance = driver.instanceOf(caseId);

    skipTo(instance, "ServiceTask_TakeDecision", "UserTask_ApproveDecision");

    assertIncidentNamesTheMissingApproval(instance, caseId, "ServiceTask_TakeDecision");
    assertNothingDecided(caseId);
  }

  @Test
  void theOperatorCannotStartTheBesluitRegistrationOfAnUnapprovedRefusal() {
    String caseId = refusalAwaitingApproval();
    ProcessInstance instance = driver.instanceOf(caseId);

    skipTo(instance, "ServiceTask_RegisterBesluit", "UserTask_ApproveDecision");

    assertIncidentNamesTheMissingApproval(instance, caseId, "ServiceTask_RegisterBesluit");
    assertNothingDecided(caseId);
  }

  @Test
  void theOperatorCannotStartThePaymentOfAGrantThatDeviatesFromTheAdviceBeforeItIsApproved() {
    String caseId = deviatingGrantAwaitingApproval();
    ProcessInstance instance = driver.instanceOf(caseId);

    skipTo(instance, "ServiceTask_StartPayment", "UserTask_ApproveDecision");

    assertIncidentNamesTheMissingApproval(instance, caseId, "ServiceTask_StartPayment");
    assertNothingDecided(caseId);
  }

  @Test
  void anApprovalDoesNotCarryOverToANewDecisionAfterTheCaseWasMovedBack() {
    // A small deviation from the advice, approved by the team lead ...
    String caseId = deviatingGrantAwaitingApproval();
    ProcessInstance instance = driver.instanceOf(caseId);
    assertThat(driver.submit("teamlead", driver.task(instance, "UserTask_ApproveDecision"), "approval",
        Map.of("verdict", "APPROVE")).getStatusCode().value()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select approved_by from pw_eligibility where case_id = ?", String.class, caseId))
        .isEqualTo("teamlead");
    // ... then the operator moves the case back before the decision is taken, and a refusal is recorded.
    ResponseEntity<String> back = modify(instance,
        Map.of("type", "startBeforeActivity", "activityId", "UserTask_ReviewEligibility"),
        Map.of("type", "cancel", "activityId", "ServiceTask_TakeDecision"));
    assertThat(back.getStatusCode().value()).as(back.getBody()).isEqualTo(204);
    assertThat(driver.submit("caseworker", driver.task(instance, "UserTask_ReviewEligibility"), "review",
        CaseDriver.review("REFUSE", null, null, "Toch afwijzen.")).getStatusCode().value()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select approved_by from pw_eligibility where case_id = ?", String.class, caseId))
        .isNull();

    ResponseEntity<String> skip = modify(instance,
        Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_TakeDecision"));
    assertThat(skip.getStatusCode().value()).as(skip.getBody()).isEqualTo(204);
    runJobsUntilIncident(instance);

    assertIncidentNamesTheMissingApproval(instance, caseId, "ServiceTask_TakeDecision");
    assertNothingDecided(caseId);
  }

  @Test
  void theOperatorCannotWithdrawABenefitPastItsOpenApprovalAndTheTeamLeadCanStillApproveIt() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    withdrawalAwaitingApproval(caseId, instance);

    ResponseEntity<String> modified = modify(instance,
        Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_WithdrawBenefit"));
    assertThat(modified.getStatusCode().value()).as(modified.getBody()).isEqualTo(204);
    runJobsUntilIncident(instance);

    assertIncidentNamesTheMissingApproval(instance, caseId, "ServiceTask_WithdrawBenefit");
    assertNothingWithdrawn(caseId);

    // The approver must be another person than the caseworker who decided; then the withdrawal goes through.
    Task approve = driver.task(instance, "UserTask_ApproveWithdrawal");
    ResponseEntity<String> form = client.exchange("teamlead", HttpMethod.GET,
        "/engine-rest/task/" + approve.getId() + "/deployed-form", null);
    assertThat(form.getStatusCode().value()).isEqualTo(200);
    assertThat(Json.parse(form.getBody()).get("id").asText()).isEqualTo("approve-withdrawal");
    assertThat(taskService.getVariable(approve.getId(), "caseNumber")).isEqualTo(caseId);
    // The deciding caseworker is not in the team lead's group: refused (the same person in both groups: see below).
    ResponseEntity<String> samePerson = driver.submit("caseworker", approve, "withdrawalApproval",
        Map.of("verdict", "APPROVE"));
    assertThat(samePerson.getStatusCode().value()).isIn(400, 403, 404);
    assertThat(driver.submit("teamlead", approve, "withdrawalApproval", Map.of("verdict", "APPROVE"))
        .getStatusCode().value()).isEqualTo(204);
    runJobsUntilIncident(instance);
    assertThat(instance).isEnded();
    JsonNode view = caseView(caseId);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("outcome").asText()).isEqualTo("BENEFIT_WITHDRAWN");
    TestPartners.server().verify(1, postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/beeindiging"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId))));
  }

  @Test
  void theOperatorCannotWithdrawABenefitWithoutAnyDecision() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    suspendedPastTheTerm(caseId, instance);

    skipTo(instance, "ServiceTask_WithdrawBenefit", "UserTask_DecideWithdrawal");

    assertIncidentNamesTheMissingApproval(instance, caseId, "ServiceTask_WithdrawBenefit");
    assertNothingWithdrawn(caseId);
  }

  @Test
  void aWrittenCaseResultCannotCloseACaseAsWithdrawnWithoutAnApprovedWithdrawal() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    runtimeService.setVariable(instance.getId(), "caseResult", "BENEFIT_WITHDRAWN");

    ResponseEntity<String> modified = modify(instance,
        Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_CloseCaseWithResult"));

    // "Zaak afsluiten met resultaat" runs as a job with one attempt: an incident, nothing closed.
    assertThat(modified.getStatusCode().value()).as(modified.getBody()).isEqualTo(204);
    runJobsUntilIncident(instance);
    assertIncidentNamesTheMissingApproval(instance, caseId, "ServiceTask_CloseCaseWithResult");
    assertThat(instance).isNotEnded();
    JsonNode view = caseView(caseId);
    assertThat(view.get("status").asText()).isEqualTo("OPEN");
    assertThat(view.path("outcome").isNull() || view.path("outcome").isMissingNode()).isTrue();
  }

  @Test
  void theDecidingCaseworkerCannotApproveTheirOwnWithdrawal() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    suspendedPastTheTerm(caseId, instance);
    // "demo" is in every group: the one account that could decide and approve.
    assertThat(driver.submit("demo", driver.task(instance, "UserTask_DecideWithdrawal"), "withdrawal",
        Map.of("decision", "WITHDRAW", "reasons", "Geen gegevens ontvangen.")).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<String> own = driver.submit("demo", driver.task(instance, "UserTask_ApproveWithdrawal"),
        "withdrawalApproval", Map.of("verdict", "APPROVE"));

    assertThat(own.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(own.getBody()).get("message").asText()).contains("Vier ogen");
    assertThat(driver.task(instance, "UserTask_ApproveWithdrawal")).isNotNull();
    assertThat(jdbc.queryForObject("select withdrawal_approved_by from pw_signal where case_id = ?", String.class, caseId))
        .isNull();
  }

  // --- the cases -------------------------------------------------------------------------------

  /** An application refused by the caseworker, with reasons: "Besluit goedkeuren (vier ogen)" is open. */
  private String refusalAwaitingApproval() {
    String bsn = TestBsn.next();
    TestPartners.income(bsn, "{\"nettoMaandinkomen\": 2100.00, \"studiefinancieringMogelijk\": false}");
    String caseId = driver.applyFor(bsn);
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    assertThat(driver.submit("caseworker", driver.taskOf(instance), "review",
        CaseDriver.review("REFUSE", null, null, "Inkomen uit werk boven de norm.")).getStatusCode().value()).isEqualTo(204);
    assertThat(instance).isWaitingAt("UserTask_ApproveDecision");
    return caseId;
  }

  /** A grant that deviates from the advice (a lower amount), waiting for the team lead's approval. */
  private String deviatingGrantAwaitingApproval() {
    String caseId = driver.applyFor(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    assertThat(driver.submit("caseworker", driver.taskOf(instance), "review",
        CaseDriver.review("GRANT", today, "1000.00", "Kostgeld van inwonende zoon telt mee.")).getStatusCode().value())
        .isEqualTo(204);
    assertThat(instance).isWaitingAt("UserTask_ApproveDecision");
    return caseId;
  }

  /** A granted benefit suspended after a signal, and the term for the information over. */
  private void suspendedPastTheTerm(String caseId, ProcessInstance instance) {
    Map<String, Object> body = ServiceClient.signal("HOUSING-" + java.util.UUID.randomUUID(), "HOUSING", "EVICTION",
        caseId, null);
    ResponseEntity<String> received = client.exchange("signals", HttpMethod.POST, "/api/signals", Json.write(body));
    assertThat(received.getStatusCode().value()).as(received.getBody()).isEqualTo(202);
    driver.submit("caseworker", driver.task(instance, "UserTask_CheckSignal"), "signalCheck",
        Map.of("outcome", "SUSPEND", "reasons", "Woonadres onduidelijk na aanzegging ontruiming.",
            "requestedInformation", "Huurovereenkomst of verklaring van het nieuwe woonadres.",
            "informationUntil", today.plusWeeks(2).toString()));
    driver.runJobs(instance);
    managementService.executeJob(driver.timer(instance, "BoundaryEvent_InformationTermOver").getId());
    assertThat(driver.task(instance, "UserTask_DecideWithdrawal")).isNotNull();
  }

  /** As {@link #suspendedPastTheTerm}, and the caseworker decided to withdraw: the approval is open. */
  private void withdrawalAwaitingApproval(String caseId, ProcessInstance instance) {
    suspendedPastTheTerm(caseId, instance);
    assertThat(driver.submit("caseworker", driver.task(instance, "UserTask_DecideWithdrawal"), "withdrawal",
        Map.of("decision", "WITHDRAW", "reasons", "Geen woonadres aangetoond binnen de termijn.")).getStatusCode().value())
        .isEqualTo(204);
    assertThat(driver.task(instance, "UserTask_ApproveWithdrawal")).isNotNull();
  }

  // --- the attack and its effects --------------------------------------------------------------

  /** {@code POST /engine-rest/process-instance/{id}/modification} as the operator. */
  @SafeVarargs
  private ResponseEntity<String> modify(ProcessInstance instance, Map<String, Object>... instructions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("instructions", List.of(instructions));
    body.put("annotation", "Reparatie");
    return client.exchange("operator", HttpMethod.POST,
        "/engine-rest/process-instance/" + processWith(instance, (String) instructions[0].get("activityId"))
            + "/modification", Json.write(body));
  }

  /** The process of the case (the map or a stage it calls) whose model holds this activity. */
  private String processWith(ProcessInstance instance, String activityId) {
    return driver.processesOf(instance).stream()
        .filter(id -> processEngine.getRepositoryService().getBpmnModelInstance(runtimeService.createProcessInstanceQuery()
            .processInstanceId(id).singleResult().getProcessDefinitionId()).getModelElementById(activityId) != null)
        .findFirst().orElse(instance.getId());
  }

  /** Runs the due jobs as the job executor would, each failure counting against its retries. */
  /** The operator's attack: start before {@code step}, cancel {@code openTask}; then the jobs run. */
  private void skipTo(ProcessInstance instance, String step, String openTask) {
    ResponseEntity<String> modified = modify(instance,
        Map.of("type", "startBeforeActivity", "activityId", step),
        Map.of("type", "cancel", "activityId", openTask));
    assertThat(modified.getStatusCode().value()).as(modified.getBody()).isEqualTo(204);
    runJobsUntilIncident(instance);
  }

  private void runJobsUntilIncident(ProcessInstance instance) {
    for (int round = 0; round < 30; round++) {
      List<String> processes = driver.processesOf(instance);
      List<Job> jobs = managementService.createJobQuery().withRetriesLeft()
          .list().stream().filter(job -> processes.contains(job.getProcessInstanceId())).filter(job -> job.getDuedate() == null || job.getExceptionMessage() != null
              || !job.getDuedate().after(new java.util.Date())).toList();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException failed) {
          // as in the job executor: the failure is recorded on the job (retries, then an incident)
        }
      }
    }
  }

  private void assertIncidentNamesTheMissingApproval(ProcessInstance instance, String caseId, String activityId) {
    // In the case's processes, each incident once (the engine repeats a stage's incident on the map's call activity).
    List<String> processes = driver.processesOf(instance);
    List<Incident> incidents = runtimeService.createIncidentQuery().list().stream()
        .filter(incident -> processes.contains(incident.getProcessInstanceId()))
        .filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId())).toList();
    assertThat(incidents).hasSize(1);
    Incident incident = incidents.get(0);
    assertThat(incident.getActivityId()).isEqualTo(activityId);
    assertThat(incident.getIncidentMessage()).contains(caseId, "second person (four eyes)");
  }

  private void assertNothingDecided(String caseId) {
    JsonNode view = caseView(caseId);
    assertThat(view.get("status").asText()).isEqualTo("OPEN");
    assertThat(view.path("outcome").isNull() || view.path("outcome").isMissingNode()).isTrue();
    assertThat(jdbc.queryForMap("select zgw_besluit_url, payment_reference from pw_eligibility where case_id = ?", caseId))
        .containsEntry("zgw_besluit_url", null).containsEntry("payment_reference", null);
    TestPartners.server().verify(0, postRequestedFor(urlEqualTo("/zgw/besluiten/api/v1/besluiten"))
        .withRequestBody(matchingJsonPath("$.identificatie", containing(caseId))));
    TestPartners.server().verify(0, postRequestedFor(urlEqualTo("/betalingen/uitkeringen"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId))));
  }

  private void assertNothingWithdrawn(String caseId) {
    JsonNode view = caseView(caseId);
    assertThat(view.get("status").asText()).isEqualTo("OPEN");
    TestPartners.server().verify(0, postRequestedFor(urlEqualTo("/zgw/besluiten/api/v1/besluiten"))
        .withRequestBody(matchingJsonPath("$.identificatie", containing(caseId + "-WITHDRAW_BENEFIT"))));
    TestPartners.server().verify(0, postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/beeindiging"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId))));
    assertThat(jdbc.queryForObject("select status from pw_signal where case_id = ? and kind = 'EVICTION'", String.class,
        caseId)).isNotEqualTo("HANDLED");
  }

  private JsonNode caseView(String caseId) {
    return Json.parse(client.getCase("caseworker", caseId).getBody());
  }
}
