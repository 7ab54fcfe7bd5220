package nl.gemeente.participatie.eligibility;

import static nl.gemeente.participatie.support.CaseDriver.review;
import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14 (ADR 0008): what the review and approval forms show stays on the case while their task
 * is open, and goes once the decision is taken; a signal's recomputation leaves no outdated summary
 * behind. The forms' context is what Tasklist loads for a task ({@code GET /task/{id}/form-variables}).
 */
@PostgresServiceTest
class DecisionVariablesTest {

  /** Variables of the review and approval that must not outlive the decision ({@code advice} is no longer written at all). */
  static final Set<String> DECISION_CONTEXT = Set.of("advice", "adviceSummary", "review", "decisionSummary");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired TestRestTemplate rest;

  CaseDriver driver;
  ServiceClient client;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
  }

  @Test
  void theReviewAndApprovalShowTheirContextWhileOpenAndNothingOfItStaysAfterTheDecision() {
    String caseId = driver.applyFor(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);

    Task review = driver.task(instance, "UserTask_ReviewEligibility");
    Map<String, Object> reviewForm = formService.getTaskFormVariables(review.getId());
    assertThat(reviewForm.get("adviceSummary").toString()).contains("Advies van de regels: recht op bijstand");
    assertThat(reviewForm).containsKeys("caseNumber", "reportDate", "awbDeadline").doesNotContainKey("advice");

    // A deviation from the advice: the team lead sees the decision and the advice.
    assertThat(driver.submit("caseworker", review, "review",
        review("GRANT", LocalDate.now(AMSTERDAM), "1000.00", "Kostgeld van inwonende zoon telt mee."))
        .getStatusCode().value()).isEqualTo(204);
    Task approve = driver.task(instance, "UserTask_ApproveDecision");
    Map<String, Object> approvalForm = formService.getTaskFormVariables(approve.getId());
    assertThat(approvalForm.get("decisionSummary").toString()).contains("toekennen", "Wijkt af van het advies");
    assertThat(approvalForm.get("adviceSummary").toString()).contains("Advies van de regels");
    assertThat(caseVariables(caseId)).contains("review");

    Map<String, Object> approval = new LinkedHashMap<>();
    approval.put("verdict", "APPROVE");
    assertThat(driver.submit("teamlead", approve, "approval", approval).getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);

    assertThat(instance).hasPassed("ServiceTask_TakeDecision").isWaitingAt("UserTask_BroadIntake");
    assertThat(caseVariables(caseId)).doesNotContainAnyElementsOf(DECISION_CONTEXT);
    assertThat(everWritten(caseId)).contains("adviceSummary", "decisionSummary", "review").doesNotContain("advice");
  }

  @Test
  void aCaseThatStartedOnAnEarlierVersionLosesItsAdviceVariableAtTheDecision() {
    String caseId = driver.applyFor(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    // What earlier versions wrote at "Recht op bijstand toetsen", in the process that takes the
    // decision (all versions take it with the same delegate).
    runtimeService.setVariable(driver.stageOf(caseId, "bijstandApplication").getId(), "advice",
        SpinValues.jsonValue("{\"eligible\": true}").create());
    assertThat(caseVariables(caseId)).contains("advice", "adviceSummary");

    assertThat(driver.submit("caseworker", driver.task(instance, "UserTask_ReviewEligibility"), "review",
        review("GRANT", LocalDate.now(AMSTERDAM), driver.advisedAmount(caseId), null)).getStatusCode().value())
        .isEqualTo(204);
    driver.runJobs(instance);

    assertThat(instance).hasPassed("ServiceTask_TakeDecision");
    assertThat(caseVariables(caseId)).doesNotContainAnyElementsOf(DECISION_CONTEXT);
  }

  @Test
  void aRecomputationShowsItsOwnSummaryWhileOpenAndLeavesNothingStale() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    assertThat(caseVariables(caseId)).doesNotContainAnyElementsOf(DECISION_CONTEXT);

    Map<String, Object> signal = ServiceClient.signal("CLIENT-" + java.util.UUID.randomUUID(), "CLIENT", "OTHER_INCOME",
        caseId, null);
    ResponseEntity<String> sent = client.exchange("caseworker", HttpMethod.POST, "/api/signals", Json.write(signal));
    assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(202);
    driver.submit("caseworker", driver.task(instance, "UserTask_CheckSignal"), "signalCheck",
        Map.of("outcome", "RECOMPUTE", "reasons", "Klant meldt alimentatie van 300 per maand."));
    driver.runJobs(instance);

    // The review form shows the recomputed advice, and no summary of the application's old decision.
    Task review = driver.task(instance, "UserTask_ReviewRecomputation");
    Map<String, Object> reviewForm = formService.getTaskFormVariables(review.getId());
    assertThat(reviewForm.get("recomputationSummary").toString()).contains("Advies van de regels");
    assertThat(reviewForm).containsKeys("caseNumber", "signalSummary").doesNotContainKeys("adviceSummary", "decisionSummary");

    Map<String, Object> change = new LinkedHashMap<>();
    change.put("decision", "CHANGE");
    change.put("monthlyAmount", 1101.50);
    change.put("effectiveDate", LocalDate.now(AMSTERDAM).plusDays(1).toString());
    change.put("reasons", "Alimentatie wordt verrekend (art. 32).");
    assertThat(driver.submit("caseworker", review, "recomputation", change).getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);

    assertThat(instance).hasPassed("EndEvent_BenefitChangedBySignal").isNotEnded();
    assertThat(caseVariables(caseId)).doesNotContainAnyElementsOf(DECISION_CONTEXT)
        .doesNotContain("recomputationSummary", "recomputation", "signalCheck");
  }

  /** Names of the variables now on any running process of the case (case map and called stages). */
  private Set<String> caseVariables(String caseId) {
    String[] instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
        .map(ProcessInstance::getId).toArray(String[]::new);
    assertThat(instances).isNotEmpty();
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances).list().stream()
        .map(VariableInstance::getName).collect(Collectors.toSet());
  }

  /** Names of the variables any process of the case ever had, removed ones included (history level full). */
  private Set<String> everWritten(String caseId) {
    String[] instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
        .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    return historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).includeDeleted().list().stream()
        .map(v -> v.getName()).collect(Collectors.toSet());
  }
}
