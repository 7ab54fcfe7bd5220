package nl.gemeente.participatie.trajectory;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
  @Autowired IdentityService identityService;
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
    for (String partner : new String[] {FIRST, SECOND, "werkfit-noord"}) {
      if (identityService.createUserQuery().userId(partner).count() == 0) {
        User user = identityService.newUser(partner);
        user.setPassword(partner);
        identityService.saveUser(user);
        identityService.createMembership(partner, "partner");
      }
    }
  }

  @Test
  void theFirstPartnerAcceptsAndTheCaseGoesOn() {
    ProcessInstance purchase = purchaseFor("WORK_FIT_TRAJECTORY", null);
    String assignment = offered(purchase, FIRST);

    assertThat(answer(FIRST, assignment, true).get("effect").asText()).isEqualTo("RECORDED");

    assertThat(purchase).hasPassed("EndEvent_TrajectoryAssigned").isEnded();
    assertThat(status(assignment)).isEqualTo("ACCEPTED");
    assertThat(jdbc.queryForObject("select status from pw_budget_reservation where reservation_id = ?", String.class,
        runtimeServiceHistoricVariable(purchase, "reservationId"))).isEqualTo("RESERVED");
  }

  @Test
  void aDeclineMovesToTheNextPartnerAndATimeoutToo() {
    ProcessInstance purchase = purchaseFor("WORK_FIT_TRAJECTORY", null);
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
    ProcessInstance purchase = purchaseFor("WORK_FIT_TRAJECTORY", null);
    answer(FIRST, offered(purchase, FIRST), false);
    answer(SECOND, offered(purchase, SECOND), false);

    assertThat(purchase).isWaitingAt("UserTask_NoPartner");
    assertThat(BpmnAwareTests.task(purchase)).hasCandidateGroup("inkoop");
    assertThat(jdbc.queryForObject("select status from pw_budget_reservation where reservation_id = ?", String.class,
        runtimeService.getVariable(purchase.getId(), "reservationId"))).isEqualTo("RELEASED");
  }

  @Test
  void aTeamLeadCanApproveABudgetOverrun() {
    ledger.setBudget(year, "WORK_EXPERIENCE_PLACEMENT", new BigDecimal("100"));
    ProcessInstance purchase = purchaseFor("WORK_EXPERIENCE_PLACEMENT", "Werkervaring past beter bij deze klant.");

    assertThat(purchase).isWaitingAt("UserTask_BudgetDecision");
    assertThat(BpmnAwareTests.task(purchase)).hasCandidateGroup("teamleider");
    assertThat(driver.submit("teamlead", driver.taskOf(purchase), "budgetDecision", Map.of("choice", "APPROVE_OVERRUN"))
        .getStatusCode().value()).isEqualTo(400);
    driver.submit("teamlead", driver.taskOf(purchase), "budgetDecision",
        Map.of("choice", "APPROVE_OVERRUN", "reason", "Klant kan binnen drie maanden aan het werk."));
    driver.runJobs(purchase);

    assertThat(purchase).hasPassed("ServiceTask_OfferAssignment").isWaitingAt("Gateway_AwaitAnswer");
  }

  @Test
  void aClientOnTheWaitingListIsServedWhenMoneyComes() {
    ledger.setBudget(year, "MAATSCHAPPELIJKE_BAAN", new BigDecimal("0"));
    ProcessInstance purchase = purchaseFor("MAATSCHAPPELIJKE_BAAN", "Afgesproken: klussen in de wijk.");
    driver.submit("teamlead", driver.taskOf(purchase), "budgetDecision", Map.of("choice", "WAITING_LIST"));
    assertThat(purchase).isWaitingAt("CatchEvent_WaitingList");

    ledger.setBudget(year, "MAATSCHAPPELIJKE_BAAN", new BigDecimal("1000000"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(purchase.getId()).timers()
        .singleResult().getId());
    driver.runJobs(purchase);

    assertThat(purchase).hasPassed("ServiceTask_OfferAssignment").isWaitingAt("Gateway_AwaitAnswer");
  }

  @Test
  void partnersAnswerOnlyTheirOwnAssignmentsOnceAndBadAnswersChangeNothing() {
    ProcessInstance purchase = purchaseFor("WORK_FIT_TRAJECTORY", null);
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

  // --- helpers ------------------------------------------------------------------------------------

  /** A work-support case whose plan needs a bought service of this type; returns the purchase. */
  private ProcessInstance purchaseFor(String trajectoryType, String deviationReason) {
    String caseId = driver.workSupportOnly(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    Map<String, Object> assessment = assessment();
    driver.submit("caseworker", driver.taskOf(instance), "assessment", assessment);
    driver.runJobs(instance);
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("agreedRoute", trajectoryType);
    if (deviationReason != null) {
      plan.put("deviationReason", deviationReason);
    }
    plan.put("goals", "Werkfit worden.");
    plan.put("activities", "Traject bij een partner.");
    plan.put("startDate", LocalDate.now(AMSTERDAM).toString());
    plan.put("reviewDate", LocalDate.now(AMSTERDAM).plusMonths(3).toString());
    ResponseEntity<String> planned = driver.submit("caseworker", driver.task(instance, "UserTask_Plan"), "plan", plan);
    assertThat(planned.getStatusCode().value()).as(planned.getBody()).isEqualTo(204);
    ProcessInstance purchase = runtimeService.createProcessInstanceQuery().processDefinitionKey("trajectoryPurchase")
        .processInstanceBusinessKey(caseId).singleResult();
    driver.runJobs(purchase);
    return purchase;
  }

  /** Rung 4, work and education 3 (work-fit trajectory), a language barrier (language need). */
  private static Map<String, Object> assessment() {
    Map<String, Object> zrm = new LinkedHashMap<>();
    for (String domain : new String[] {"finances", "workEducation", "timeUse", "housing", "homeRelations", "mentalHealth",
        "physicalHealth", "addiction", "selfCare", "dailyActivities", "socialNetwork", "communityParticipation", "justice"}) {
      zrm.put(domain, 4);
    }
    zrm.put("workEducation", 3);
    Map<String, Object> assessment = new LinkedHashMap<>();
    assessment.put("zrm", zrm);
    assessment.put("ladderRung", 4);
    assessment.put("hoursAvailable", 24);
    assessment.put("dutchLevel1F", false);
    assessment.put("barriers", Map.of("language", true));
    return assessment;
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

  private String runtimeServiceHistoricVariable(ProcessInstance instance, String name) {
    return (String) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }
}
