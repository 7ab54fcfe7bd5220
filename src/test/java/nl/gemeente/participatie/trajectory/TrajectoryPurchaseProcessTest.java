package nl.gemeente.participatie.trajectory;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import nl.gemeente.participatie.support.CaseAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process {@code trajectoryPurchase}, called from the case: partners in order of preference, the
 * budget reserved, the assignment offered to one partner at a time, and the partners' answers on
 * their callback API with their own credentials.
 */
@PostgresServiceTest
class TrajectoryPurchaseProcessTest {

  static final String FIRST = "taal-en-werk";
  static final String SECOND = "re-integratie-regio";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired BudgetLedger ledger;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  CaseDriver driver;
  ServiceClient client;
  int year;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    year = LocalDate.now(AMSTERDAM).getYear();
    ledger.setBudget(year, "WORK_FIT_TRAJECTORY", new BigDecimal("10000000"));
  }

  @Test
  void anAcceptedTrajectoryIsFollowedReportedOnAndSettledWithinTheReservation() {
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    String assignment = offered(purchase, FIRST);

    assertThat(answer(FIRST, assignment, true).get("effect").asText()).isEqualTo("RECORDED");
    assertThat(purchase).isWaitingAt("Gateway_AwaitReport");
    assertThat(status(assignment)).isEqualTo("ACCEPTED");

    assertThat(report(FIRST, assignment, "progress", "{\"reportId\": \"R1\", \"summary\": \"Goede start.\"}")
        .get("effect").asText()).isEqualTo("RECORDED");
    assertThat(purchase).isWaitingAt("UserTask_ReviewProgress");
    assertThat(CaseAssert.task(purchase)).hasCandidateGroup("klantmanager");
    assertThat(report(FIRST, assignment, "progress", "{\"reportId\": \"R1\", \"summary\": \"Goede start.\"}")
        .get("effect").asText()).isEqualTo("ALREADY_RECORDED");
    driver.submit("caseworker", driver.taskOf(purchase), "progressReview", Map.of("note", "Besproken met de klant."));
    assertThat(purchase).isWaitingAt("Gateway_AwaitReport");

    report(FIRST, assignment, "end-report", "{\"result\": \"PAID_WORK\", \"summary\": \"Contract 24 uur.\"}");
    assertThat(purchase).isWaitingAt("UserTask_ReviewEndReport");
    assertThat(runtimeService.getVariable(purchase.getId(), "paidWork")).isEqualTo(true);
    driver.submit("caseworker", driver.taskOf(purchase), "endReview", Map.of("paidJobPossible", "NOT_APPLICABLE"));
    driver.runJobs(purchase);

    // Paid work starts the case's outflow ("Uitstroom naar werk", issue 6), linked to this assignment.
    assertThat(purchase).hasPassed("ServiceTask_ReportJobStart").isWaitingAt("CatchEvent_InvoiceReceived");
    assertThat(jdbc.queryForMap("select source, assignment_id from pw_job_start where case_id = ?", purchase.getBusinessKey()))
        .containsEntry("source", "PARTNER_END_REPORT").containsEntry("assignment_id", assignment);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("outflowToWork")
        .processInstanceBusinessKey(purchase.getBusinessKey()).count()).isEqualTo(1);

    report(FIRST, assignment, "invoice", "{\"invoiceNumber\": \"F-2026-17\", \"amount\": 3650.00}");
    driver.runJobs(purchase);

    assertThat(purchase).hasPassed("ServiceTask_SettleInvoice").isEnded();
    String reservation = historicVariable(purchase, "reservationId");
    assertThat(jdbc.queryForMap("select status, invoiced from pw_budget_reservation where reservation_id = ?", reservation))
        .containsEntry("status", "SETTLED");
    TestPartners.server().verify(postRequestedFor(urlEqualTo("/betalingen/facturen"))
        .withRequestBody(matchingJsonPath("$.factuurnummer", equalTo("F-2026-17"))));
  }

  @Test
  void anInvoiceAboveTheContractPriceGoesToPurchasingWhoPaysTheContractPrice() {
    ProcessInstance purchase = runningTrajectory();
    String assignment = (String) runtimeService.getVariable(purchase.getId(), "assignmentId");
    report(FIRST, assignment, "end-report", "{\"result\": \"NEXT_RUNG\"}");
    driver.submit("caseworker", driver.taskOf(purchase), "endReview", Map.of("note", "Stap gezet."));

    report(FIRST, assignment, "invoice", "{\"invoiceNumber\": \"F-99\", \"amount\": 4500.00}");

    assertThat(purchase).isWaitingAt("UserTask_InvoiceDeviation");
    assertThat(CaseAssert.task(purchase)).hasCandidateGroup("inkoop");
    driver.submit("purchaser", driver.taskOf(purchase), "invoiceDecision",
        Map.of("choice", "PAY_CEILING", "reason", "Meerwerk niet afgesproken."));
    driver.runJobs(purchase);

    assertThat(purchase).isEnded();
    assertThat(jdbc.queryForObject("select invoiced from pw_budget_reservation where reservation_id = ?", BigDecimal.class,
        historicVariable(purchase, "reservationId"))).isEqualByComparingTo("3800.00");
  }

  @Test
  void aMissingReportBringsAReminderAndThenAnAlertToPurchasing() {
    ProcessInstance purchase = runningTrajectory();

    managementService.executeJob(reportTimer(purchase));
    driver.runJobs(purchase);
    assertThat(purchase).hasPassed("ServiceTask_RemindPartner").isWaitingAt("Gateway_AwaitReport");
    TestPartners.server().verify(postRequestedFor(urlEqualTo("/partners/herinneringen")));

    managementService.executeJob(reportTimer(purchase));

    assertThat(purchase).isWaitingAt("UserTask_MissingReport");
    assertThat(CaseAssert.task(purchase)).hasCandidateGroup("inkoop");
  }

  @ParameterizedTest
  @EnumSource(TrajectoryReports.Result.class)
  void eachEndResultComesToTheCaseworker(TrajectoryReports.Result result) {
    ProcessInstance purchase = runningTrajectory();
    String assignment = (String) runtimeService.getVariable(purchase.getId(), "assignmentId");

    report(FIRST, assignment, "end-report", "{\"result\": \"" + result + "\"}");

    assertThat(purchase).isWaitingAt("UserTask_ReviewEndReport");
    assertThat(runtimeService.getVariable(purchase.getId(), "endResult")).isEqualTo(result.name());
    assertThat(runtimeService.getVariable(purchase.getId(), "paidWork")).isEqualTo(result == TrajectoryReports.Result.PAID_WORK);
  }

  @Test
  void reportsOnlyOnOwnRunningAssignmentsAndBadReportsChangeNothing() {
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    String offeredOnly = offered(purchase, FIRST);
    assertThat(callback(FIRST, offeredOnly, "progress", "{\"reportId\": \"R1\"}").getStatusCode().value())
        .as("not accepted yet").isEqualTo(409);
    answer(FIRST, offeredOnly, true);

    assertThat(callback("werkfit-noord", offeredOnly, "progress", "{\"reportId\": \"R1\"}").getStatusCode().value())
        .isEqualTo(403);
    assertThat(callback(FIRST, offeredOnly, "end-report", "{\"result\": \"GREAT\"}").getStatusCode().value())
        .isEqualTo(400);
    assertThat(callback(FIRST, offeredOnly, "invoice", "{\"invoiceNumber\": \"F-1\", \"amount\": -5}").getStatusCode().value())
        .isEqualTo(400);
    assertThat(callback(FIRST, offeredOnly, "invoice", "{\"invoiceNumber\": \"F-1\", \"amount\": 100}").getStatusCode().value())
        .as("no invoice before the end report").isEqualTo(409);
    assertThat(jdbc.queryForObject("select count(*) from pw_assignment_event where assignment_id = ?", Integer.class,
        offeredOnly)).isZero();
    assertThat(purchase).isWaitingAt("Gateway_AwaitReport");
  }

  @Test
  void aDeclineMovesToTheNextPartnerAndATimeoutToo() {
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    String first = offered(purchase, FIRST);

    answer(FIRST, first, false);
    String second = offered(purchase, SECOND);
    assertThat(status(first)).isEqualTo("DECLINED");

    managementService.executeJob(managementService.createJobQuery().processInstanceId(purchase.getId())
        .activityId("CatchEvent_AcceptanceTimeout").singleResult().getId());

    assertThat(status(second)).isEqualTo("EXPIRED");
    assertThat(purchase).hasPassed("ServiceTask_ExpireAssignment", "ServiceTask_ReleaseBudget")
        .as("both contracted partners asked: purchasing takes over").isWaitingAt("UserTask_NoPartner");
  }

  @Test
  void whenNoPartnerIsLeftPurchasingGetsATaskAndTheMoneyIsReleased() {
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    answer(FIRST, offered(purchase, FIRST), false);
    answer(SECOND, offered(purchase, SECOND), false);

    assertThat(purchase).isWaitingAt("UserTask_NoPartner");
    assertThat(CaseAssert.task(purchase)).hasCandidateGroup("inkoop");
    assertThat(jdbc.queryForObject("select status from pw_budget_reservation where reservation_id = ?", String.class,
        runtimeService.getVariable(purchase.getId(), "reservationId"))).isEqualTo("RELEASED");
  }

  @Test
  void aTeamLeadCanApproveABudgetOverrun() {
    exhaust("WORK_EXPERIENCE_PLACEMENT");
    ProcessInstance purchase = driver.purchaseFor("WORK_EXPERIENCE_PLACEMENT", "Werkervaring past beter bij deze klant.");

    assertThat(purchase).isWaitingAt("UserTask_BudgetDecision");
    assertThat(CaseAssert.task(purchase)).hasCandidateGroup("teamleider");
    assertThat(driver.submit("teamlead", driver.taskOf(purchase), "budgetDecision", Map.of("choice", "APPROVE_OVERRUN"))
        .getStatusCode().value()).isEqualTo(400);
    driver.submit("teamlead", driver.taskOf(purchase), "budgetDecision",
        Map.of("choice", "APPROVE_OVERRUN", "reason", "Klant kan binnen drie maanden aan het werk."));
    driver.runJobs(purchase);

    assertThat(purchase).hasPassed("ServiceTask_OfferAssignment").isWaitingAt("Gateway_AwaitAnswer");
  }

  @Test
  void aClientOnTheWaitingListIsServedWhenMoneyComes() {
    exhaust("MAATSCHAPPELIJKE_BAAN");
    ProcessInstance purchase = driver.purchaseFor("MAATSCHAPPELIJKE_BAAN", "Afgesproken: klussen in de wijk.");
    driver.submit("teamlead", driver.taskOf(purchase), "budgetDecision", Map.of("choice", "WAITING_LIST"));
    assertThat(purchase).isWaitingAt("CatchEvent_WaitingList");

    ledger.setBudget(year, "MAATSCHAPPELIJKE_BAAN", new BigDecimal("1000000"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(purchase.getId()).timers()
        .singleResult().getId());
    driver.runJobs(purchase);

    assertThat(purchase).hasPassed("ServiceTask_OfferAssignment").isWaitingAt("Gateway_AwaitAnswer");
  }

  @Test
  void aMaatschappelijkeBaanStartsWithASignedAgreementAndEndsWithThePaidJobQuestion() {
    ledger.setBudget(year, "MAATSCHAPPELIJKE_BAAN", new BigDecimal("1000000"));
    ProcessInstance purchase = driver.purchaseFor("MAATSCHAPPELIJKE_BAAN", "Afgesproken: klussen in de wijk.");
    String assignment = offered(purchase, "kluswinkel");
    answer("kluswinkel", assignment, true);

    assertThat(purchase).isWaitingAt("UserTask_RecordAgreement");
    assertThat(driver.submit("caseworker", driver.taskOf(purchase), "agreement", Map.of("signed", false))
        .getStatusCode().value()).isEqualTo(400);
    driver.submit("caseworker", driver.taskOf(purchase), "agreement",
        Map.of("signed", true, "signedOn", LocalDate.now(AMSTERDAM).toString()));
    assertThat(purchase).isWaitingAt("Gateway_AwaitReport");

    report("kluswinkel", assignment, "end-report", "{\"result\": \"NEXT_RUNG\"}");
    ResponseEntity<String> withoutAnswer = driver.submit("caseworker", driver.taskOf(purchase), "endReview",
        Map.of("paidJobPossible", "NOT_APPLICABLE"));
    assertThat(withoutAnswer.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(withoutAnswer.getBody()).get("message").asText()).contains("betaalde baan");
    driver.submit("caseworker", driver.taskOf(purchase), "endReview", Map.of("paidJobPossible", "YES"));

    assertThat(purchase).isWaitingAt("CatchEvent_InvoiceReceived");
  }

  @Test
  void partnersAnswerOnlyTheirOwnAssignmentsOnceAndBadAnswersChangeNothing() {
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    String assignment = offered(purchase, FIRST);

    assertThat(callback("werkfit-noord", assignment, "{\"accepted\": true}").getStatusCode().value()).isEqualTo(403);
    assertThat(callback(FIRST, "no-such-assignment", "{\"accepted\": true}").getStatusCode().value()).isEqualTo(404);
    assertThat(callback(FIRST, assignment, "{}").getStatusCode().value()).isEqualTo(400);
    assertThat(callback(FIRST, assignment, "{\"accepted\": \"maybe\"}").getStatusCode().value()).isEqualTo(400);
    assertThat(callback("caseworker", assignment, "{\"accepted\": true}").getStatusCode().value()).isEqualTo(403);
    assertThat(callback(null, assignment, "{\"accepted\": true}").getStatusCode().value()).isEqualTo(401);
    assertThat(status(assignment)).isEqualTo("OFFERED");

    assertThat(answer(FIRST, assignment, false).get("effect").asText()).isEqualTo("RECORDED");
    assertThat(answer(FIRST, assignment, false).get("effect").asText()).isEqualTo("ALREADY_RECORDED");
    ResponseEntity<String> changedMind = callback(FIRST, assignment, "{\"accepted\": true}");
    assertThat(changedMind.getStatusCode().value()).isEqualTo(409);
    assertThat(changedMind.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(status(assignment)).isEqualTo("DECLINED");
  }

  @Test
  void aPlanRevisionWhileATrajectoryIsBeingBoughtStartsTheRevision() {
    // The purchase is a called process with the case's business key: looking the case up by the key
    // alone found two instances and answered 500 (issue 14).
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    ProcessInstance caseInstance = driver.instanceOf(purchase.getBusinessKey());

    ResponseEntity<String> revise = client.exchange("caseworker", HttpMethod.POST,
        "/api/cases/" + purchase.getBusinessKey() + "/plan-revision", null);

    assertThat(revise.getStatusCode().value()).as(revise.getBody()).isEqualTo(202);
    assertThat(purchase).isNotEnded();

    // The revision runs to its end beside the purchase and records the revised plan.
    String caseId = purchase.getBusinessKey();
    assertThat(driver.submit("caseworker", driver.task(caseInstance, "UserTask_UpdateAssessment"), "assessment",
        CaseDriver.assessment(5, 4, 4, 32)).getStatusCode().value()).isEqualTo(204);
    driver.runJobs(caseInstance);
    assertThat(driver.submit("caseworker", driver.task(caseInstance, "UserTask_RevisePlan"), "plan",
        CaseDriver.plan("CARE_FIRST", "Zorg gaat voor: schulden en gezondheid eerst; het traject loopt door."))
        .getStatusCode().value()).isEqualTo(204);
    driver.runJobs(caseInstance);
    assertThat(jdbc.queryForObject("select agreed_route from pw_assessment where case_id = ?", String.class, caseId))
        .isEqualTo("CARE_FIRST");
    assertThat(driver.stageOf(caseId, "planRevision")).isNull();
    assertThat(purchase).isNotEnded();
  }

  // --- helpers ------------------------------------------------------------------------------------

  /** No money left for the instrument this year (tests share one database: what others reserved stays). */
  private void exhaust(String instrument) {
    ledger.setBudget(year, instrument, BigDecimal.ZERO.max(ledger.find(year, instrument)
        .map(b -> b.reserved().add(b.spent()).subtract(b.approvedOverrun())).orElse(BigDecimal.ZERO)));
  }

  /** A work-fit trajectory accepted by the first partner, waiting for reports. */
  private ProcessInstance runningTrajectory() {
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    answer(FIRST, offered(purchase, FIRST), true);
    assertThat(purchase).isWaitingAt("Gateway_AwaitReport");
    return purchase;
  }

  private String reportTimer(ProcessInstance purchase) {
    return managementService.createJobQuery().processInstanceId(purchase.getId()).activityId("CatchEvent_ReportDue")
        .singleResult().getId();
  }

  private ResponseEntity<String> callback(String partner, String assignment, String kind, String body) {
    return client.exchange(partner, HttpMethod.POST, "/api/partners/assignments/" + assignment + "/" + kind, body);
  }

  private JsonNode report(String partner, String assignment, String kind, String body) {
    ResponseEntity<String> response = callback(partner, assignment, kind, body);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return Json.parse(response.getBody());
  }


  private String offered(ProcessInstance purchase, String partner) {
    driver.runJobs(purchase);
    assertThat(purchase).isWaitingAt("Gateway_AwaitAnswer");
    String assignment = (String) runtimeService.getVariable(purchase.getId(), "assignmentId");
    assertThat(jdbc.queryForObject("select partner_id from pw_assignment where assignment_id = ?", String.class, assignment))
        .isEqualTo(partner);
    return assignment;
  }

  private String status(String assignment) {
    return jdbc.queryForObject("select status from pw_assignment where assignment_id = ?", String.class, assignment);
  }

  private ResponseEntity<String> callback(String partner, String assignment, String body) {
    return client.exchange(partner, HttpMethod.POST, "/api/partners/assignments/" + assignment + "/answer", body);
  }

  private JsonNode answer(String partner, String assignment, boolean accepted) {
    ResponseEntity<String> response = callback(partner, assignment, "{\"accepted\": " + accepted + "}");
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return Json.parse(response.getBody());
  }

  private String historicVariable(ProcessInstance instance, String name) {
    return (String) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }
}
