package nl.gemeente.participatie.eligibility;

import static nl.gemeente.participatie.support.CaseDriver.review;
import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.support.TestClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import nl.gemeente.participatie.support.CaseAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Awb clock of an application (Awb art. 4:5, 4:13-4:15, Participatiewet art. 52): suspension for
 * missing information moves the deadline by exactly the days suspended, an unused hersteltermijn
 * leads to "buiten behandeling" decided by a person, one extension, the advance-payment task, and
 * the warning and escalation timers that follow the deadline.
 */
@PostgresServiceTest
class AwbClockProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  CaseDriver driver;
  String caseId;
  ProcessInstance instance;
  LocalDate today;
  LocalDate deadline;

  @BeforeEach
  void applyAndGatherFacts() {
    BpmnAwareTests.init(processEngine);
    driver = new CaseDriver(processEngine, new ServiceClient(rest));
    caseId = driver.applyFor(TestBsn.next());
    instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");
    today = LocalDate.now(AMSTERDAM);
    deadline = today.plusWeeks(8);
  }

  @AfterEach
  void resetClock() {
    TestClock.INSTANCE.reset();
  }

  @Test
  void missingInformationSuspendsTheClockAndMovesTheDeadlineByExactlyTheSuspension() {
    ResponseEntity<String> request = driver.submit("caseworker", driver.taskOf(instance), "review",
        informationRequest("Bankafschriften van de laatste drie maanden", today.plusDays(14)));

    assertThat(request.getStatusCode().value()).as(request.getBody()).isEqualTo(204);
    assertThat(instance).isWaitingAt("UserTask_AwaitInformation");
    assertThat(driver.caseView(caseId).get("awbDeadline").asText())
        .as("while suspended, the deadline assumes the whole hersteltermijn is used")
        .isEqualTo(deadline.plusDays(14).toString());

    TestClock.INSTANCE.advance(Duration.ofDays(5));
    assertThat(driver.confirm("caseworker", driver.taskOf(instance)).getStatusCode().value()).isEqualTo(204);

    LocalDate moved = deadline.plusDays(5);
    assertThat(instance).hasPassed("ServiceTask_ResumeAwbClock").isWaitingAt("UserTask_ReviewEligibility");
    assertThat(driver.caseView(caseId).get("awbDeadline").asText()).isEqualTo(moved.toString());
    assertThat(jdbc.queryForObject("select suspended_days from pw_eligibility where case_id = ?", Integer.class, caseId))
        .isEqualTo(5);
    assertThat(driver.taskOf(instance).getDueDate()).isEqualTo(startOf(moved, ZoneId.systemDefault()));
    assertThat(driver.timer(instance, "BoundaryEvent_AwbDeadlineReached").getDuedate()).isEqualTo(startOf(moved, AMSTERDAM));
    assertThat(driver.timer(instance, "BoundaryEvent_AwbDeadlineWarning").getDuedate())
        .isEqualTo(startOf(moved.minusDays(7), AMSTERDAM));
  }

  @Test
  void anUnusedHersteltermijnLeadsToBuitenBehandelingDecidedByAPerson() {
    driver.submit("caseworker", driver.taskOf(instance), "review", informationRequest("Huurcontract", today.plusDays(7)));
    assertThat(driver.timer(instance, "BoundaryEvent_RecoveryTermOver").getDuedate())
        .isEqualTo(startOf(today.plusDays(8), AMSTERDAM));

    managementService.executeJob(driver.timer(instance, "BoundaryEvent_RecoveryTermOver").getId());

    assertThat(instance).hasPassed("ServiceTask_ResumeAwbClockTermOver").isWaitingAt("UserTask_NotProcessed");
    assertThat(driver.submit("caseworker", driver.taskOf(instance), "notProcessedReview",
        Map.of("choice", "NOT_PROCESSED")).getStatusCode().value()).isEqualTo(400);

    driver.submit("caseworker", driver.taskOf(instance), "notProcessedReview",
        Map.of("choice", "NOT_PROCESSED", "reasons", "Huurcontract niet ontvangen binnen de hersteltermijn."));
    driver.runJobs(instance);

    assertThat(instance).hasPassed("EndEvent_Decided", "ServiceTask_TakeDecision").isEnded();
    assertThat(driver.caseView(caseId).get("outcome").asText()).isEqualTo("NOT_PROCESSED");
  }

  @Test
  void informationThatComesInLateAfterAllIsStillAssessed() {
    driver.submit("caseworker", driver.taskOf(instance), "review", informationRequest("Huurcontract", today.plusDays(7)));
    managementService.executeJob(driver.timer(instance, "BoundaryEvent_RecoveryTermOver").getId());

    driver.submit("caseworker", driver.taskOf(instance), "notProcessedReview", Map.of("choice", "RECEIVED_LATE"));

    assertThat(instance).hasPassed("ServiceTask_EvaluateEligibility").isWaitingAt("UserTask_ReviewEligibility");
  }

  @Test
  void theDeadlineCanBeExtendedOnceWithAReason() {
    assertThat(driver.submit("caseworker", driver.taskOf(instance), "review", extension(" ")).getStatusCode().value())
        .isEqualTo(400);

    driver.submit("caseworker", driver.taskOf(instance), "review", extension("Advies loonwaarde nog niet binnen."));

    LocalDate extended = deadline.plusWeeks(4);
    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");
    assertThat(driver.caseView(caseId).get("awbDeadline").asText()).isEqualTo(extended.toString());
    assertThat(driver.taskOf(instance).getDueDate()).isEqualTo(startOf(extended, ZoneId.systemDefault()));
    assertThat(driver.timer(instance, "BoundaryEvent_AwbDeadlineReached").getDuedate()).isEqualTo(startOf(extended, AMSTERDAM));

    ResponseEntity<String> again = driver.submit("caseworker", driver.taskOf(instance), "review", extension("Nog steeds niet."));
    assertThat(again.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(again.getBody()).get("message").asText()).contains("al eens verdaagd");
  }

  @Test
  void fourWeeksWithoutDecisionBringsTheAdvancePaymentTask() {
    assertThat(driver.timer(instance, "BoundaryEvent_AdvancePaymentDue").getDuedate())
        .isEqualTo(startOf(today.plusDays(28), AMSTERDAM));

    managementService.executeJob(driver.timer(instance, "BoundaryEvent_AdvancePaymentDue").getId());

    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility", "UserTask_AdvancePayment");
    assertThat(CaseAssert.task("UserTask_AdvancePayment", instance)).hasCandidateGroup("klantmanager");
    // The Awb clock runs in the application's own process.
    assertThat(driver.processKeyOf(CaseAssert.task("UserTask_AdvancePayment", instance))).isEqualTo("bijstandApplication");
    var advanceTask = driver.task(instance, "UserTask_AdvancePayment");
    assertThat(driver.submit("caseworker", advanceTask, "advance", Map.of("decision", "NO_ADVANCE")).getStatusCode().value())
        .isEqualTo(400);
    driver.submit("caseworker", advanceTask, "advance", Map.of("decision", "ADVANCE", "monthlyAmount", 1300.00));

    assertThat(jdbc.queryForMap("select advance_decision, advance_decided_by from pw_eligibility where case_id = ?", caseId))
        .containsEntry("advance_decision", "ADVANCE").containsEntry("advance_decided_by", "caseworker");
    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");
  }

  @Test
  void theTeamLeadIsWarnedBeforeTheDeadlineAndAlertedOnItAndTheDecisionClosesBoth() {
    assertThat(driver.timer(instance, "BoundaryEvent_AwbDeadlineWarning").getDuedate())
        .isEqualTo(startOf(deadline.minusDays(7), AMSTERDAM));
    assertThat(driver.timer(instance, "BoundaryEvent_AwbDeadlineReached").getDuedate()).isEqualTo(startOf(deadline, AMSTERDAM));

    managementService.executeJob(driver.timer(instance, "BoundaryEvent_AwbDeadlineWarning").getId());
    managementService.executeJob(driver.timer(instance, "BoundaryEvent_AwbDeadlineReached").getId());

    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility", "UserTask_AwbDeadlineWarning", "UserTask_AwbDeadlineReached");
    assertThat(CaseAssert.task("UserTask_AwbDeadlineWarning", instance)).hasCandidateGroup("teamleider");
    assertThat(CaseAssert.task("UserTask_AwbDeadlineReached", instance)).hasCandidateGroup("teamleider");

    String amount = driver.advisedAmount(caseId);
    driver.submit("caseworker", driver.task(instance, "UserTask_ReviewEligibility"), "review", review("GRANT", today, amount, null));
    driver.runJobs(instance);

    assertThat(instance).hasPassed("EndEvent_ApplicationDone").isWaitingAt("UserTask_BroadIntake");
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceIdIn(driver.processesOf(instance)
        .toArray(String[]::new)).list())
        .extracting(task -> task.getTaskDefinitionKey()).containsExactly("UserTask_BroadIntake");
  }

  private static Map<String, Object> informationRequest(String what, LocalDate until) {
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("decision", "REQUEST_INFORMATION");
    review.put("requestedInformation", what);
    review.put("informationDeadline", until.toString());
    return review;
  }

  private static Map<String, Object> extension(String reason) {
    return Map.of("decision", "EXTEND_DEADLINE", "extensionReason", reason);
  }

  private static Date startOf(LocalDate day, ZoneId zone) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }
}
