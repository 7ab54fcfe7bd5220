package nl.gemeente.participatie.assessment;

import static nl.gemeente.participatie.support.CaseDriver.assessment;
import static nl.gemeente.participatie.support.CaseDriver.plan;
import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.support.TestPartners;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import nl.gemeente.participatie.support.CaseAssert;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenarios of the assessment stage: the broad intake (validated, stored as one value), the rules'
 * proposal, the plan (a deviation needs a reason) and where each route leads.
 */
@PostgresServiceTest
class AssessmentProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  CaseDriver driver;
  String caseId;
  ProcessInstance instance;

  @BeforeEach
  void workSupportCaseAtTheBroadIntake() {
    BpmnAwareTests.init(processEngine);
    driver = new CaseDriver(processEngine, new ServiceClient(rest));
    caseId = driver.workSupportOnly(TestBsn.next());
    instance = driver.instanceOf(caseId);
    assertThat(instance).isWaitingAt("UserTask_BroadIntake");
    assertThat(CaseAssert.task(instance)).hasCandidateGroup("klantmanager").hasName("Brede intake afnemen");
    assertThat(driver.processKeyOf(CaseAssert.task(instance))).as("the assessment runs in its own process")
        .isEqualTo("assessmentAndPlan");
  }

  @Test
  void outOfRangeScoresAreRefusedAndTheAssessmentIsStoredAsOneTypedValue() {
    Map<String, Object> wrong = assessment(5, 4, 4, 32);
    ((Map<String, Object>) wrong.get("zrm")).put("finances", 6);
    wrong.put("ladderRung", 7);

    ResponseEntity<String> refused = driver.submit("caseworker", driver.taskOf(instance), "assessment", wrong);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(refused.getBody()).get("message").asText())
        .contains("Zelfredzaamheid Financiën: kies een score van 1 tot en met 5.",
            "Participatieladder: kies een trede van 1 tot en met 6.");
    assertThat(instance).isWaitingAt("UserTask_BroadIntake");

    assertThat(driver.submit("caseworker", driver.taskOf(instance), "assessment", assessment(5, 4, 4, 32))
        .getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);

    assertThat(driver.variableTyped(instance, "assessment").getType()).isEqualTo(SpinValueType.JSON);
    assertThat(driver.runtimeVariables(instance)).doesNotContainKeys("zrm", "ladderRung", "finances", "barriers");
    String stored = jdbc.queryForObject("select assessment from pw_assessment where case_id = ?", String.class, caseId);
    assertThat(Json.parse(stored).get("zrm").get("finances").asInt()).isEqualTo(4);
    assertThat(instance).isWaitingAt("UserTask_Plan");
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void eachAgreedRouteLeadsWhereItShould(Route route) {
    assess(assessment(5, 4, 4, 32));
    String reason = route == Route.DIRECT_MEDIATION ? null : "Afgesproken met de klant.";

    agree(plan(route.name(), reason));

    String expected = switch (route.nextStep()) {
      case PURCHASE -> "CallActivity_TrajectoryPurchase";
      case EMPLOYER_SERVICES -> "UserTask_JobMediation";
      // The plan is in place and the client is kept in view (the earlier model's wait "Zaak afgesloten").
      case MONITORING -> "CallActivity_ClientInView";
    };
    assertThat(instance).isWaitingAt(expected);
    if (route.nextStep() == Route.NextStep.MONITORING) {
      assertThat(instance).hasPassed("EndEvent_PlanUnderWay");
    }
  }

  @Test
  void aYoungBijstandClientsPlanIsTiedToTheAward() {
    String bsn = TestBsn.next();
    TestPartners.person(bsn,
        TestPartners.STANDARD_PERSON.replace("1985-06-15", LocalDate.now(AMSTERDAM).minusYears(22).toString()));
    caseId = driver.applyWithSearchPeriodExemption(bsn);
    instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    String amount = driver.advisedAmount(caseId);
    driver.submit("caseworker", driver.taskOf(instance), "review",
        CaseDriver.review("GRANT", LocalDate.now(AMSTERDAM), amount, null));
    driver.runJobs(instance);

    assess(assessment(5, 4, 4, 32));
    agree(plan("DIRECT_MEDIATION", null));

    assertThat(jdbc.queryForObject("select tied_to_award from pw_assessment where case_id = ?", Boolean.class, caseId))
        .isTrue();
  }

  @Test
  void aClientReadyForWorkGoesToTheEmployerServicesTeam() {
    assess(assessment(5, 4, 4, 32));

    assertThat(driver.variable(instance, "routeSummary").toString())
        .contains("Voorstel: directe bemiddeling", "geen arbeidsverplichtingen (geen bijstand)");
    agree(plan("DIRECT_MEDIATION", null));

    assertThat(instance).isWaitingAt("UserTask_JobMediation");
    assertThat(CaseAssert.task(instance)).hasCandidateGroup("werkgeversservice");
  }

  @Test
  void aBoughtServiceGoesToPurchasing() {
    assess(assessment(2, 4, 4, 20));

    agree(plan("SOCIAL_ACTIVATION", null));

    assertThat(instance).isWaitingAt("CallActivity_TrajectoryPurchase");
    ProcessInstance purchase = runtimeService.createProcessInstanceQuery().processDefinitionKey("trajectoryPurchase")
        .processInstanceBusinessKey(caseId).singleResult();
    assertThat(purchase).isNotNull();
    assertThat(runtimeService.getVariable(purchase.getId(), "trajectoryType")).isEqualTo("SOCIAL_ACTIVATION");
  }

  @Test
  void careFirstKeepsTheClientInView() {
    Map<String, Object> acute = assessment(5, 4, 4, 32);
    ((Map<String, Object>) acute.get("zrm")).put("mentalHealth", 1);
    assess(acute);

    agree(plan("CARE_FIRST", null));

    assertThat(instance).hasPassed("EndEvent_PlanUnderWay").isWaitingAt("CallActivity_ClientInView");
    assertThat(jdbc.queryForObject("select proposed_route from pw_assessment where case_id = ?", String.class, caseId))
        .isEqualTo("CARE_FIRST");
  }

  @Test
  void anOverLongPlanIsRefusedWithAClearMessageAndChangesNothing() {
    assess(assessment(5, 4, 4, 32));
    Map<String, Object> tooLong = plan("DIRECT_MEDIATION", null);
    tooLong.put("goals", "x".repeat(4001));

    ResponseEntity<String> response = driver.submit("caseworker", driver.taskOf(instance), "plan", tooLong);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(response.getBody()).get("message").asText()).contains("De doelen is te lang (ten hoogste 4000 tekens).");
    assertThat(instance).isWaitingAt("UserTask_Plan");
    assertThat(jdbc.queryForObject("select agreed_route from pw_assessment where case_id = ?", String.class, caseId)).isNull();
  }

  @Test
  void aDeviationFromTheProposedRouteIsRecordedWithItsReason() {
    assess(assessment(5, 4, 4, 32));

    ResponseEntity<String> noReason = driver.submit("caseworker", driver.taskOf(instance), "plan", plan("WORK_FIT_TRAJECTORY", null));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(noReason.getBody()).get("message").asText()).contains("geef de reden");

    agree(plan("WORK_FIT_TRAJECTORY", "Klant wil eerst een vakopleiding in de zorg."));

    Map<String, Object> row = jdbc.queryForMap(
        "select proposed_route, agreed_route, deviation_reason, plan_by, tied_to_award from pw_assessment where case_id = ?", caseId);
    assertThat(row).containsEntry("proposed_route", "DIRECT_MEDIATION").containsEntry("agreed_route", "WORK_FIT_TRAJECTORY")
        .containsEntry("deviation_reason", "Klant wil eerst een vakopleiding in de zorg.").containsEntry("plan_by", "caseworker")
        .as("work support only: no award to tie the plan to").containsEntry("tied_to_award", false);
    assertThat(instance).isWaitingAt("CallActivity_TrajectoryPurchase");
  }

  @Test
  void debtsAreReferredBesideTheRouteAndThePartnersAnswersReachTheCase() {
    String referralId = assessWithDebts();
    assertThat(instance).isWaitingAt("UserTask_Plan", "ReceiveTask_DebtAssistanceAnswer");

    assertThat(answer("debtpartner", referralId, "TAKEN_ON").get("effect").asText()).isEqualTo("RECORDED");
    assertThat(instance).isWaitingAt("UserTask_Plan", "ReceiveTask_DebtAssistanceFinished");
    assertThat(answer("debtpartner", referralId, "TAKEN_ON").get("effect").asText()).isEqualTo("ALREADY_RECORDED");
    assertThat(instance).isWaitingAt("UserTask_Plan", "ReceiveTask_DebtAssistanceFinished");

    agree(plan("DIRECT_MEDIATION", null));
    assertThat(instance).isWaitingAt("UserTask_JobMediation", "ReceiveTask_DebtAssistanceFinished");

    assertThat(answer("debtpartner", referralId, "FINISHED").get("effect").asText()).isEqualTo("RECORDED");
    assertThat(instance).hasPassed("EndEvent_DebtAssistanceFinished").isWaitingAt("UserTask_JobMediation");
    assertThat(jdbc.queryForObject("select status from pw_debt_referral where referral_id = ?", String.class, referralId))
        .isEqualTo("FINISHED");

    ResponseEntity<String> tooLate = callback("debtpartner", referralId, "DECLINED");
    assertThat(tooLate.getStatusCode().value()).isEqualTo(409);
    assertThat(jdbc.queryForObject("select status from pw_debt_referral where referral_id = ?", String.class, referralId))
        .isEqualTo("FINISHED");
  }

  @Test
  void withoutConsentTheClientIsNotReferredButTheCaseworkerDiscussesIt() {
    caseId = driver.workSupportOnlyWithoutConsent(TestBsn.next());
    instance = driver.instanceOf(caseId);
    Map<String, Object> withDebts = assessment(5, 4, 4, 32);
    ((Map<String, Object>) withDebts.get("zrm")).put("finances", 2);

    assess(withDebts);

    assertThat(instance).isWaitingAt("UserTask_Plan", "UserTask_DebtConsent").hasNotPassed("ServiceTask_ReferDebtAssistance");
    assertThat(jdbc.queryForObject("select count(*) from pw_debt_referral where case_id = ?", Integer.class, caseId)).isZero();
  }

  @Test
  void aDeclinedReferralGivesTheCaseworkerATask() {
    String referralId = assessWithDebts();

    answer("debtpartner", referralId, "DECLINED");

    assertThat(instance).isWaitingAt("UserTask_Plan", "UserTask_DebtAssistanceDeclined");
    assertThat(CaseAssert.task("UserTask_DebtAssistanceDeclined", instance)).hasCandidateGroup("klantmanager");
  }

  @Test
  void onlyThePartnerAnswersAndBadAnswersChangeNothing() {
    String referralId = assessWithDebts();

    assertThat(callback("debtpartner", "SHV-unknown", "TAKEN_ON").getStatusCode().value()).isEqualTo(404);
    assertThat(callback("caseworker", referralId, "TAKEN_ON").getStatusCode().value()).isEqualTo(403);
    assertThat(callback(null, referralId, "TAKEN_ON").getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> invalid = callback("debtpartner", referralId, "MAYBE");
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    assertThat(invalid.getHeaders().getContentType()).hasToString("application/problem+json");

    assertThat(jdbc.queryForObject("select status from pw_debt_referral where referral_id = ?", String.class, referralId))
        .isEqualTo("REFERRED");
    assertThat(instance).isWaitingAt("UserTask_Plan", "ReceiveTask_DebtAssistanceAnswer");
  }

  @Test
  void aPlanRevisionWithChangedScoresReRunsTheRouteDecision() {
    assess(assessment(5, 4, 4, 32));
    agree(plan("DIRECT_MEDIATION", null));
    assertThat(instance).isWaitingAt("UserTask_JobMediation");

    ResponseEntity<String> started = revise();
    assertThat(started.getStatusCode().value()).isEqualTo(202);
    assertThat(revise().getStatusCode().value()).as("one revision at a time").isEqualTo(409);
    assertThat(instance).isWaitingAt("UserTask_JobMediation", "UserTask_UpdateAssessment");

    driver.submit("caseworker", driver.task(instance, "UserTask_UpdateAssessment"), "assessment", assessment(2, 4, 4, 12));
    driver.runJobs(instance);

    assertThat(instance).isWaitingAt("UserTask_JobMediation", "UserTask_RevisePlan");
    // The revision runs in its own process (planRevision), with its own proposal.
    assertThat(driver.variable(driver.stageOf(caseId, "planRevision"), "routeSummary").toString())
        .contains("Voorstel: sociale activering");
    assertThat(jdbc.queryForMap("select version, proposed_route, agreed_route from pw_assessment where case_id = ?", caseId))
        .containsEntry("version", 2).containsEntry("proposed_route", "SOCIAL_ACTIVATION").containsEntry("agreed_route", null);

    driver.submit("caseworker", driver.task(instance, "UserTask_RevisePlan"), "plan", plan("SOCIAL_ACTIVATION", null));

    assertThat(instance).isWaitingAt("UserTask_JobMediation", "CallActivity_PurchaseRevisedTrajectory");
    assertThat(jdbc.queryForObject("select agreed_route from pw_assessment where case_id = ?", String.class, caseId))
        .isEqualTo("SOCIAL_ACTIVATION");
  }

  @Test
  void aRevisionNeedsAnAssessmentAndAKnownCase() {
    assertThat(revise().getStatusCode().value()).isEqualTo(409);
    assertThat(new ServiceClient(rest).exchange("caseworker", org.springframework.http.HttpMethod.POST,
        "/api/cases/PW-1999-999999/plan-revision", null).getStatusCode().value()).isEqualTo(404);
    assertThat(new ServiceClient(rest).exchange("operator", org.springframework.http.HttpMethod.POST,
        "/api/cases/" + caseId + "/plan-revision", null).getStatusCode().value()).isEqualTo(403);
  }

  private ResponseEntity<String> revise() {
    return new ServiceClient(rest).exchange("caseworker", org.springframework.http.HttpMethod.POST,
        "/api/cases/" + caseId + "/plan-revision", null);
  }

  /** An assessment with debts (finances 2): the referral runs beside the plan. Returns the referral id. */
  private String assessWithDebts() {
    Map<String, Object> withDebts = assessment(5, 4, 4, 32);
    ((Map<String, Object>) withDebts.get("zrm")).put("finances", 2);
    assess(withDebts);
    return jdbc.queryForObject("select referral_id from pw_debt_referral where case_id = ?", String.class, caseId);
  }

  private ResponseEntity<String> callback(String user, String referralId, String status) {
    return new ServiceClient(rest).exchange(user, org.springframework.http.HttpMethod.POST,
        "/api/partners/debt-assistance/referrals/" + referralId, Json.write(Map.of("status", status)));
  }

  private JsonNode answer(String user, String referralId, String status) {
    ResponseEntity<String> response = callback(user, referralId, status);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return Json.parse(response.getBody());
  }

  private void assess(Map<String, Object> assessment) {
    ResponseEntity<String> response = driver.submit("caseworker", driver.taskOf(instance), "assessment", assessment);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    driver.runJobs(instance);
    assertThat(instance).isWaitingAt("UserTask_Plan");
  }

  private void agree(Map<String, Object> plan) {
    ResponseEntity<String> response = driver.submit("caseworker", driver.taskOf(instance), "plan", plan);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
  }
}
