package nl.gemeente.participatie.eligibility;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static nl.gemeente.participatie.support.CaseDriver.review;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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
import nl.gemeente.participatie.support.CaseAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenarios of the eligibility stage of {@code participationCase}, on PostgreSQL with partners on a
 * real HTTP stub server. Tasks are completed as Tasklist does (submit-form, as the demo users);
 * jobs and timers are run one by one.
 */
@PostgresServiceTest
class EligibilityProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;
  CaseDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
  }

  @Test
  void anEligibleApplicantIsGrantedOnTheAdviceWithoutASecondApproval() {
    String caseId = applyFor(TestBsn.next());
    ProcessInstance instance = instanceOf(caseId);
    runJobs(instance);

    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");
    LocalDate deadline = LocalDate.now(AMSTERDAM).plusWeeks(8);
    JsonNode caseView = Json.parse(client.getCase("caseworker", caseId).getBody());
    assertThat(caseView.get("applicationDate").asText()).isEqualTo(LocalDate.now(AMSTERDAM).toString());
    assertThat(caseView.get("awbDeadline").asText()).isEqualTo(deadline.toString());
    assertThat(taskOf(instance).getDueDate()).isEqualTo(startOf(deadline, ZoneId.systemDefault()));
    String summary = (String) driver.variable(instance, "adviceSummary");
    assertThat(summary).contains("Advies van de regels: recht op bijstand", "Alle voorwaarden zijn vervuld");
    Map<String, Object> advice = driver.advice(caseId);
    assertThat(advice.get("advice_eligible")).isEqualTo(true);
    String amount = driver.advisedAmount(caseId);

    ResponseEntity<String> response = submit("caseworker", taskOf(instance), "review",
        review("GRANT", LocalDate.now(AMSTERDAM), amount, null));

    assertThat(response.getStatusCode().value()).isEqualTo(204);
    assertThat(instance).hasNotPassed("UserTask_ApproveDecision").isWaitingAt("ServiceTask_TakeDecision");
    runJobs(instance);

    assertThat(instance).hasPassed("ServiceTask_TakeDecision", "ServiceTask_RegisterBesluit", "ServiceTask_StartPayment", "ServiceTask_EnterAssessment")
        .hasNotPassed("ServiceTask_CloseCase")
        .isWaitingAt("UserTask_BroadIntake");
    JsonNode afterGrant = Json.parse(client.getCase("caseworker", caseId).getBody());
    assertThat(afterGrant.get("status").asText()).isEqualTo("OPEN");
    assertThat(afterGrant.get("stage").asText()).isEqualTo("ASSESSMENT");
    Map<String, Object> registered = jdbc.queryForMap(
        "select zgw_besluit_url, payment_reference from pw_eligibility where case_id = ?", caseId);
    assertThat((String) registered.get("zgw_besluit_url")).contains("/zgw/besluiten/api/v1/besluiten/");
    assertThat((String) registered.get("payment_reference")).startsWith("U-");
  }

  /**
   * Kostendelersnorm (art. 19a lid 1, art. 22a lid 1 en 2): the standard test person (single, 21 to
   * AOW age, applying today, so the 2026 figures [check]) with one housemate of 27 or older counted
   * at the intake is advised (40% + 2 × 30%) / 2 × 2002.13 = 1001.065, rounded 1001.07, the form
   * shows how, and the grant on the advice pays that norm minus income.
   */
  @Test
  void aSingleClientWithOneCostSharerIsAdvisedAndGrantedTheKostendelersnorm() {
    String caseId = driver.applyWithCostSharers(TestBsn.next(), 1);
    ProcessInstance instance = instanceOf(caseId);
    runJobs(instance);

    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");
    Map<String, Object> advice = jdbc.queryForMap(
        "select advice_eligible, monthly_norm, benefit_amount, net_monthly_income, cost_sharers, cost_sharing_base"
            + " from pw_eligibility where case_id = ?", caseId);
    assertThat(advice.get("advice_eligible")).isEqualTo(true);
    assertThat(advice.get("cost_sharers")).isEqualTo(1);
    assertThat((java.math.BigDecimal) advice.get("monthly_norm")).isEqualByComparingTo("1001.07");
    assertThat((java.math.BigDecimal) advice.get("cost_sharing_base")).isEqualByComparingTo("2002.13");
    java.math.BigDecimal income = advice.get("net_monthly_income") == null
        ? java.math.BigDecimal.ZERO : (java.math.BigDecimal) advice.get("net_monthly_income");
    assertThat((java.math.BigDecimal) advice.get("benefit_amount"))
        .isEqualByComparingTo(new java.math.BigDecimal("1001.07").subtract(income).max(java.math.BigDecimal.ZERO));
    String summary = (String) driver.variable(instance, "adviceSummary");
    assertThat(summary).contains(
        "Kostendelende medebewoners (27 jaar of ouder, art. 19a lid 1): 1",
        "Kostendelersnorm (art. 22a lid 1 en 2 Participatiewet): A = 1 + 1 (klant) = 2; (40% + 2 × 30%) / 2 × B, met B = ",
        "2.002,13 (norm voor gehuwden, art. 21 sub b) = ", "1.001,07 per maand");

    String amount = driver.advisedAmount(caseId);
    ResponseEntity<String> response = submit("caseworker", taskOf(instance), "review",
        review("GRANT", LocalDate.now(AMSTERDAM), amount, null));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    runJobs(instance);

    assertThat(instance).hasPassed("ServiceTask_TakeDecision", "ServiceTask_StartPayment");
    Map<String, Object> granted = jdbc.queryForMap(
        "select decision, decision_amount, deviates_from_advice, payment_reference from pw_eligibility where case_id = ?", caseId);
    assertThat(granted.get("decision")).isEqualTo("GRANT");
    assertThat((java.math.BigDecimal) granted.get("decision_amount")).isEqualByComparingTo(amount);
    assertThat(granted.get("deviates_from_advice")).isEqualTo(false);
    assertThat((String) granted.get("payment_reference")).startsWith("U-");
  }

  /** The same client without cost sharers: the single norm of art. 21 sub a (2026 figures [check]). */
  @Test
  void theSameClientWithoutCostSharersGetsTheSingleNorm() {
    String caseId = driver.applyWithCostSharers(TestBsn.next(), 0);
    ProcessInstance instance = instanceOf(caseId);
    runJobs(instance);

    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");
    Map<String, Object> advice = jdbc.queryForMap(
        "select advice_eligible, monthly_norm, cost_sharers, cost_sharing_base from pw_eligibility where case_id = ?", caseId);
    assertThat(advice.get("advice_eligible")).isEqualTo(true);
    assertThat(advice.get("cost_sharers")).isEqualTo(0);
    assertThat((java.math.BigDecimal) advice.get("monthly_norm")).isEqualByComparingTo("1401.50");
    assertThat(advice.get("cost_sharing_base")).isNull();
    String summary = (String) driver.variable(instance, "adviceSummary");
    assertThat(summary).contains("Kostendelende medebewoners (27 jaar of ouder, art. 19a lid 1): geen")
        .doesNotContain("Kostendelersnorm (art. 22a lid 1 en 2");

    String amount = driver.advisedAmount(caseId);
    ResponseEntity<String> response = submit("caseworker", taskOf(instance), "review",
        review("GRANT", LocalDate.now(AMSTERDAM), amount, null));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    runJobs(instance);
    assertThat(instance).hasPassed("ServiceTask_TakeDecision", "ServiceTask_StartPayment");
  }

  @Test
  void aRefusalNeedsWrittenReasonsAndASecondPairOfEyes() {
    String bsn = TestBsn.next();
    TestPartners.income(bsn, "{\"nettoMaandinkomen\": 2100.00, \"studiefinancieringMogelijk\": false}");
    String caseId = applyFor(bsn);
    ProcessInstance instance = instanceOf(caseId);
    runJobs(instance);
    assertThat((String) driver.variable(instance, "adviceSummary"))
        .contains("geen recht op bijstand", "Art. 11 lid 1, art. 31 en 32: gezinsinkomen (bij gehuwden klant en partner samen) niet lager dan de norm");

    ResponseEntity<String> withoutReasons = submit("demo", taskOf(instance), "review", review("REFUSE", null, null, ""));
    assertThat(withoutReasons.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(withoutReasons.getBody()).get("message").asText()).contains("motivering");
    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");

    submit("demo", taskOf(instance), "review", review("REFUSE", null, null, "Inkomen uit werk boven de norm."));
    assertThat(instance).isWaitingAt("UserTask_ApproveDecision");
    assertThat(CaseAssert.task(instance)).hasCandidateGroup("teamleider");

    ResponseEntity<String> sameperson = submit("demo", taskOf(instance), "approval", approval("APPROVE", null));
    assertThat(sameperson.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(sameperson.getBody()).get("message").asText()).contains("Vier ogen");

    assertThat(submit("teamlead", taskOf(instance), "approval", approval("APPROVE", null)).getStatusCode().value())
        .isEqualTo(204);
    runJobs(instance);
    assertThat(instance).hasPassed("ServiceTask_RegisterBesluit").hasNotPassed("ServiceTask_StartPayment").isEnded();
    assertThat(Json.parse(client.getCase("caseworker", caseId).getBody()).get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(jdbc.queryForMap("select decided_by, approved_by, payment_reference from pw_eligibility where case_id = ?", caseId))
        .containsEntry("decided_by", "demo").containsEntry("approved_by", "teamlead").containsEntry("payment_reference", null);
  }

  @Test
  void aDeviationFromTheAdviceGoesToTheTeamLeadWhoCanSendItBack() {
    String caseId = applyFor(TestBsn.next());
    ProcessInstance instance = instanceOf(caseId);
    runJobs(instance);

    assertThat(submit("caseworker", taskOf(instance), "review", review("GRANT", LocalDate.now(AMSTERDAM), "1000.00", null))
        .getStatusCode().value()).isEqualTo(400);
    submit("caseworker", taskOf(instance), "review",
        review("GRANT", LocalDate.now(AMSTERDAM), "1000.00", "Kostgeld van inwonende zoon telt mee."));
    assertThat(instance).isWaitingAt("UserTask_ApproveDecision");
    assertThat(jdbc.queryForObject("select deviates_from_advice from pw_eligibility where case_id = ?", Boolean.class, caseId))
        .isTrue();

    assertThat(submit("teamlead", taskOf(instance), "approval", approval("REJECT", "")).getStatusCode().value()).isEqualTo(400);
    submit("teamlead", taskOf(instance), "approval", approval("REJECT", "Kostgeld is geen inkomen; volg het advies."));

    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");
  }

  @Test
  void aYoungApplicantWaitsOutTheSearchPeriodBeforeTheApplication() {
    String caseId = youngApplicantInSearchPeriod();
    ProcessInstance instance = instanceOf(caseId);

    LocalDate firstDay = LocalDate.now(AMSTERDAM).plusDays(28);
    // The search period runs in the application's own process (bijstandApplication).
    Job timer = managementService.createJobQuery().processInstanceId(application(caseId).getId()).timers().singleResult();
    assertThat(timer.getProcessDefinitionKey()).isEqualTo("bijstandApplication");
    assertThat(timer.getDuedate()).isEqualTo(startOf(firstDay, AMSTERDAM));
    assertThat(Json.parse(client.getCase("caseworker", caseId).getBody()).get("stage").asText()).isEqualTo("SEARCH_PERIOD");

    managementService.executeJob(timer.getId());

    assertThat(instance).hasPassed("BoundaryEvent_SearchPeriodOver", "ServiceTask_RegisterApplication")
        .hasNotPassed("ServiceTask_RecordSearchPeriodExemption")
        .isWaitingAt("ServiceTask_FetchIncomeData");
  }

  @Test
  void theCaseworkerCanExemptFromTheSearchPeriod() {
    ProcessInstance instance = instanceOf(youngApplicantInSearchPeriod());

    assertThat(submit("caseworker", taskOf(instance), "exemption", Map.of("reason", " ")).getStatusCode().value())
        .isEqualTo(400);
    submit("caseworker", taskOf(instance), "exemption", Map.of("reason", "Medisch urenbeperkt (advies bedrijfsarts)."));
    runJobs(instance);

    assertThat(instance).hasPassed("ServiceTask_RecordSearchPeriodExemption").isWaitingAt("UserTask_ReviewEligibility");
    assertThat(driver.variable(instance, "adviceSummary").toString())
        .contains("recht op bijstand").doesNotContain("ART41_4_SEARCH_PERIOD");
  }

  /**
   * Couples (art. 3, 4, 31, 32): the BRP shows the client's spouse, the income gateway reports the
   * partner's net income, and decision eligibility subtracts it with the client's from the couple norm
   * (2026 figures [check]: 2002.13 - 250 - 600 = 1152.13). The grant on the advice pays that amount.
   * The partner's BSN is in no engine variable and in no form text.
   */
  @Test
  void aCouplesBenefitIsReducedByThePartnersIncomeFromTheIncomeGateway() {
    String bsn = TestBsn.next();
    String partnerBsn = TestBsn.next();
    TestPartners.person(bsn, TestPartners.personWithPartner(partnerBsn));
    TestPartners.income(bsn, "{\"nettoMaandinkomen\": 250.00, \"studiefinancieringMogelijk\": false}");
    TestPartners.income(partnerBsn, "{\"nettoMaandinkomen\": 600.00, \"studiefinancieringMogelijk\": false}");
    String caseId = driver.applyAsCouple(bsn);
    ProcessInstance instance = instanceOf(caseId);
    runJobs(instance);

    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");
    Map<String, Object> advice = jdbc.queryForMap(
        "select advice_eligible, advice_reasons, monthly_norm, benefit_amount, net_monthly_income, partner_monthly_income"
            + " from pw_eligibility where case_id = ?", caseId);
    assertThat(advice.get("advice_eligible")).as(String.valueOf(advice.get("advice_reasons"))).isEqualTo(true);
    assertThat((java.math.BigDecimal) advice.get("net_monthly_income")).isEqualByComparingTo("250.00");
    assertThat((java.math.BigDecimal) advice.get("partner_monthly_income")).isEqualByComparingTo("600.00");
    assertThat((java.math.BigDecimal) advice.get("monthly_norm")).isEqualByComparingTo("2002.13");
    assertThat((java.math.BigDecimal) advice.get("benefit_amount")).isEqualByComparingTo("1152.13");
    String summary = (String) driver.variable(instance, "adviceSummary");
    assertThat(summary).contains("Netto gezinsinkomen (art. 31, 32): klant ", "250,00 + partner ", "600,00 = ", "850,00 per maand")
        .doesNotContain(partnerBsn);
    List<String> processes = driver.processesOf(instance);
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().list().stream()
        .filter(variable -> processes.contains(variable.getProcessInstanceId()))
        .map(variable -> String.valueOf(variable.getValue())))
        .isNotEmpty().noneMatch(value -> value.contains(partnerBsn));

    String amount = driver.advisedAmount(caseId);
    assertThat(new java.math.BigDecimal(amount)).isEqualByComparingTo("1152.13");
    ResponseEntity<String> response = submit("caseworker", taskOf(instance), "review",
        review("GRANT", LocalDate.now(AMSTERDAM), amount, null));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    runJobs(instance);

    assertThat(instance).hasPassed("ServiceTask_TakeDecision", "ServiceTask_StartPayment");
    Map<String, Object> granted = jdbc.queryForMap(
        "select decision, decision_amount, deviates_from_advice from pw_eligibility where case_id = ?", caseId);
    assertThat(granted.get("decision")).isEqualTo("GRANT");
    assertThat((java.math.BigDecimal) granted.get("decision_amount")).isEqualByComparingTo("1152.13");
    assertThat(granted.get("deviates_from_advice")).isEqualTo(false);
  }

  /**
   * The income gateway fails for the partner: the step is retried, then an incident names the income
   * source, the case and that it was the partner's income, without either BSN; once the gateway
   * answers again and the operator retries, the partner's income is counted and the case goes on.
   */
  @Test
  void aFailingPartnerIncomeCallBecomesAnIncidentAndNothingIsLost() {
    String bsn = TestBsn.next();
    String partnerBsn = TestBsn.next();
    TestPartners.person(bsn, TestPartners.personWithPartner(partnerBsn));
    TestPartners.incomeDown(partnerBsn);
    String caseId = driver.applyAsCouple(bsn);
    ProcessInstance instance = instanceOf(caseId);
    String application = application(caseId).getId();

    for (int round = 0; round < 10 && incidents(instance).isEmpty(); round++) {
      for (Job job : managementService.createJobQuery().processInstanceId(application).messages().list()) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException expected) {
          // the income gateway answers 503 for the partner
        }
      }
    }

    List<Incident> incidents = incidents(instance);
    assertThat(incidents).hasSize(1);
    Incident incident = incidents.get(0);
    assertThat(incident.getActivityId()).isEqualTo("ServiceTask_FetchIncomeData");
    assertThat(incident.getIncidentMessage()).contains("Suwinet-inkomen", caseId, "partner", "HTTP 503")
        .doesNotContain(bsn).doesNotContain(partnerBsn);
    Job job = managementService.createJobQuery().jobId(incident.getConfiguration()).singleResult();
    assertThat(managementService.getJobExceptionStacktrace(job.getId())).doesNotContain(bsn).doesNotContain(partnerBsn);

    TestPartners.income(partnerBsn, "{\"nettoMaandinkomen\": 300.00, \"studiefinancieringMogelijk\": false}");
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());
    assertThat(incidents(instance)).isEmpty();
    runJobs(instance);

    assertThat(instance).isWaitingAt("UserTask_ReviewEligibility");
    assertThat(jdbc.queryForObject("select partner_monthly_income from pw_eligibility where case_id = ?",
        java.math.BigDecimal.class, caseId)).isEqualByComparingTo("300.00");
    assertThat(jdbc.queryForObject("select benefit_amount from pw_eligibility where case_id = ?",
        java.math.BigDecimal.class, caseId)).isEqualByComparingTo("1702.13");
  }

  @Test
  void aPartnerOutageBecomesAnIncidentAndTheCaseContinuesAfterARetry() {
    String bsn = TestBsn.next();
    TestPartners.brpDown(bsn);
    String caseId = applyFor(bsn);
    ProcessInstance instance = instanceOf(caseId);

    Job job = managementService.createJobQuery().processInstanceId(application(caseId).getId()).singleResult();
    for (int attempt = 0; attempt < 5 && incidents(instance).isEmpty(); attempt++) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the BRP answers 503
      }
    }

    List<Incident> incidents = incidents(instance);
    assertThat(incidents).hasSize(1);
    Incident incident = incidents.get(0);
    assertThat(incident.getActivityId()).isEqualTo("ServiceTask_FetchPersonData");
    assertThat(incident.getIncidentMessage()).contains("BRP", caseId, "HTTP 503").doesNotContain(bsn);
    assertThat(managementService.getJobExceptionStacktrace(job.getId())).doesNotContain(bsn);

    TestPartners.brpBack(bsn);
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(incidents(instance)).isEmpty();
    assertThat(instance).hasPassed("ServiceTask_FetchPersonData", "ServiceTask_RegisterApplication")
        .isWaitingAt("ServiceTask_FetchIncomeData");
    assertThat(jdbc.queryForObject("select person_found from pw_eligibility where case_id = ?", Boolean.class, caseId))
        .isTrue();
  }

  // --- helpers ------------------------------------------------------------------------------------

  private String applyFor(String bsn) {
    return driver.applyFor(bsn);
  }

  /** A 24-year-old applies: the case waits in the four-week search period (art. 41 lid 4). */
  private String youngApplicantInSearchPeriod() {
    String bsn = TestBsn.next();
    TestPartners.person(bsn,
        TestPartners.STANDARD_PERSON.replace("1985-06-15", LocalDate.now(AMSTERDAM).minusYears(24).toString()));
    String caseId = applyFor(bsn);
    ProcessInstance instance = instanceOf(caseId);
    runJobs(instance);
    assertThat(instance).isWaitingAt("UserTask_SearchPeriod");
    return caseId;
  }

  private static Map<String, Object> approval(String verdict, String remark) {
    Map<String, Object> approval = new LinkedHashMap<>();
    approval.put("verdict", verdict);
    if (remark != null) {
      approval.put("remark", remark);
    }
    return approval;
  }

  private ResponseEntity<String> submit(String user, Task task, String variable, Map<String, Object> value) {
    return driver.submit(user, task, variable, value);
  }

  private void runJobs(ProcessInstance instance) {
    driver.runJobs(instance);
  }

  private ProcessInstance instanceOf(String caseId) {
    return driver.instanceOf(caseId);
  }

  private Task taskOf(ProcessInstance instance) {
    return driver.taskOf(instance);
  }

  /**
   * Incidents in the case's processes (the map and its stages), each once: the engine repeats an incident
   * of a called process on the calling activity of the case map (same root cause), for Cockpit.
   */
  private List<Incident> incidents(ProcessInstance instance) {
    List<String> processes = driver.processesOf(instance);
    return runtimeService.createIncidentQuery().list().stream()
        .filter(incident -> processes.contains(incident.getProcessInstanceId()))
        .filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId())).toList();
  }

  /** The running application stage of the case (bijstandApplication, called by the case map). */
  private ProcessInstance application(String caseId) {
    return driver.stageOf(caseId, "bijstandApplication");
  }

  private static Date startOf(LocalDate day, ZoneId zone) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }
}
