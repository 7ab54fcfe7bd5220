package nl.gemeente.participatie.outflow;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;

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
import nl.gemeente.participatie.support.TestPartners;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outflow to paid work (issue 6): a job start within the case starts process {@code outflowToWork};
 * the rules propose, the caseworker decides, the besluit and the payment follow; aftercare contacts;
 * a lost job returns the client to assessment; a kept job ends the case with its result and figures.
 * The test person is single with the 2026 norm of € 1.401,50 (art. 21).
 */
@PostgresServiceTest
class OutflowProcessTest {

  static final String NORM = "1401.50";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  CaseDriver driver;
  ServiceClient client;
  LocalDate today;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    today = LocalDate.now(AMSTERDAM);
  }

  @Test
  void fullOutflowEndsTheBenefitAndAJobKeptThroughAftercareClosesTheCaseWithResultAndFigures() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance caseInstance = driver.instanceOf(caseId);
    assertThat(caseInstance).isWaitingAt("CallActivity_ClientInView");
    TestPartners.employment(bsn, employment(today, "1800.00"));

    JsonNode reported = driver.reportJobStart("caseworker", caseId, today);
    assertThat(reported.get("status").asText()).isEqualTo("OUTFLOW_STARTED");
    ProcessInstance outflow = driver.outflowOf(caseId);
    driver.runJobs(outflow);

    Task review = driver.task(outflow, "UserTask_ConfirmOutflow");
    assertThat(review.getName()).isEqualTo("Uitstroom naar werk beoordelen");
    assertThat(CaseAssert.task(outflow)).hasCandidateGroup("klantmanager");
    assertThat(runtimeService.getVariable(outflow.getId(), "outflowSummary").toString())
        .contains("uitkering beëindigen", "Volgens UWV");
    assertThat(jobStart(caseId)).containsEntry("proposed_outcome", "END_BENEFIT");
    assertThat(driver.submit("caseworker", review, "outflowReview", Map.of("choice", "CONFIRM")).getStatusCode().value())
        .isEqualTo(204);
    driver.runJobs(outflow);

    TestPartners.server().verify(postRequestedFor(urlEqualTo("/zgw/besluiten/api/v1/besluiten"))
        .withRequestBody(matchingJsonPath("$.identificatie", equalTo(caseId + "-END_BENEFIT-" + jobStartId(caseId).substring(3, 11))))
        .withRequestBody(matchingJsonPath("$.ingangsdatum", equalTo(today.toString()))));
    TestPartners.server().verify(postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/beeindiging"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId)))
        .withRequestBody(matchingJsonPath("$.einddatum", equalTo(today.minusDays(1).toString()))));
    assertThat(jobStart(caseId)).containsEntry("decided_outcome", "END_BENEFIT").containsEntry("decided_by", "caseworker");
    assertThat(jobStart(caseId).get("decision_note").toString()).contains("art. 11, art. 31-32");

    driver.aftercare(outflow, "WORKING", "WORKING", "WORKING");

    assertThat(outflow).isEnded();
    assertThat(caseInstance).hasPassed("ServiceTask_ConcludeOutflow", "ServiceTask_CloseCaseWithResult").isEnded();
    Map<String, Object> closed = jdbc.queryForMap("""
        select status, outcome, work_start_date, days_to_work, outflow_route, outflow_partner, job_lasted_6_months,
               keep_until, zgw_resultaattype from pw_case where case_id = ?""", caseId);
    assertThat(closed).containsEntry("status", "CLOSED").containsEntry("outcome", "OUTFLOW_TO_WORK")
        .containsEntry("days_to_work", 0).containsEntry("outflow_route", "CARE_FIRST")
        .containsEntry("job_lasted_6_months", true);
    assertThat(closed.get("outflow_partner")).isNull();
    assertThat(closed.get("keep_until").toString()).isEqualTo(today.plusYears(10).toString());
    assertThat(closed.get("zgw_resultaattype").toString()).endsWith("/resultaattypen/uitstroom-werk");
    assertThat(jobStart(caseId)).containsEntry("status", "JOB_KEPT");
    assertThat(jdbc.queryForObject("select count(*) from pw_aftercare_contact where job_start_id = ?", Integer.class,
        jobStartId(caseId))).isEqualTo(3);

    // The engine's history of the case, the called outflow included, is kept as long as the case's records.
    runBatches();
    java.util.Date keepUntil = java.util.Date.from(today.plusYears(10).atStartOfDay(AMSTERDAM).toInstant());
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(caseInstance.getId())
        .singleResult().getRemovalTime()).isEqualTo(keepUntil);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(outflow.getId())
        .singleResult().getRemovalTime()).isEqualTo(keepUntil);
  }

  /** Runs the engine's batches (seed, batch and monitor jobs), as the job executor would. */
  private void runBatches() {
    for (int round = 0; round < 10; round++) {
      var jobs = managementService.createBatchQuery().list().stream()
          .flatMap(batch -> java.util.stream.Stream.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
              batch.getMonitorJobDefinitionId()))
          .flatMap(definition -> managementService.createJobQuery().jobDefinitionId(definition).list().stream())
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  @Test
  void partialOutflowPaysASupplementWithExemptionThatEndsAfterItsPeriod() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance caseInstance = driver.instanceOf(caseId);
    LocalDate start = today;
    TestPartners.employment(bsn, employment(start, "800.00"));
    driver.reportJobStart("caseworker", caseId, start);
    ProcessInstance outflow = driver.outflowOf(caseId);
    driver.runJobs(outflow);

    // 25% of 800 is exempted (art. 31 lid 2 n, under the cap of 276): 1401.50 - 800 + 200 = 801.50.
    Map<String, Object> proposed = jobStart(caseId);
    assertThat(proposed).containsEntry("proposed_outcome", "SUPPLEMENT").containsEntry("exemption_months_left", 6);
    assertThat((BigDecimal) proposed.get("exemption_amount")).isEqualByComparingTo("200.00");
    assertThat((BigDecimal) proposed.get("supplement_amount")).isEqualByComparingTo("801.50");
    driver.confirmOutflow(outflow);

    String jobStartId = jobStartId(caseId);
    TestPartners.server().verify(postRequestedFor(urlEqualTo("/zgw/besluiten/api/v1/besluiten"))
        .withRequestBody(matchingJsonPath("$.identificatie", equalTo(caseId + "-CHANGE_BENEFIT-" + jobStartId.substring(3, 11)))));
    TestPartners.server().verify(postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/wijzigingen"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId)))
        .withRequestBody(matchingJsonPath("$.bedragPerMaand", equalTo("801.5")))
        .withRequestBody(matchingJsonPath("$.ingangsdatum", equalTo(start.toString()))));
    assertThat(jobStart(caseId).get("exemption_until").toString()).isEqualTo(start.plusMonths(6).toString());

    // The exemption's timer is due six months after the job's start; then the rules decide again without it.
    Job exemptionEnds = driver.timer(outflow, "CatchEvent_ExemptionEnds");
    assertThat(exemptionEnds.getDuedate().toInstant())
        .isEqualTo(start.plusMonths(6).atStartOfDay(AMSTERDAM).toInstant());
    managementService.executeJob(exemptionEnds.getId());
    Map<String, Object> withoutExemption = jobStart(caseId);
    assertThat(withoutExemption).containsEntry("proposed_outcome", "SUPPLEMENT").containsEntry("exemption_months_left", 0)
        .containsEntry("exemption_months_used", 6);
    assertThat((BigDecimal) withoutExemption.get("supplement_amount")).isEqualByComparingTo("601.50");
    assertThat(runtimeService.getVariable(outflow.getId(), "outflowSummary").toString())
        .contains("Geen inkomstenvrijlating (meer)");
    driver.confirmOutflow(outflow);
    TestPartners.server().verify(postRequestedFor(urlEqualTo("/zgw/besluiten/api/v1/besluiten"))
        .withRequestBody(matchingJsonPath("$.identificatie",
            equalTo(caseId + "-CHANGE_BENEFIT-" + jobStartId.substring(3, 11) + "-V"))));
    TestPartners.server().verify(postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/wijzigingen"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId)))
        .withRequestBody(matchingJsonPath("$.bedragPerMaand", equalTo("601.5"))));
    assertThat(driver.timer(outflow, "CatchEvent_ExemptionEnds")).isNull();

    driver.aftercare(outflow, "WORKING", "WORKING", "WORKING");

    // The client works beside a supplementary benefit: the case goes on, on its route.
    assertThat(outflow).isEnded();
    assertThat(caseInstance).hasPassed("EndEvent_SupplementContinues").isWaitingAt("CallActivity_ClientInView");
    assertThat(jdbc.queryForMap("select status, stage from pw_case where case_id = ?", caseId))
        .containsEntry("status", "OPEN").containsEntry("stage", "ASSESSMENT");
  }

  @Test
  void aJobLostAtAnAftercareContactBringsTheClientBackToAssessmentWithoutANewIntake() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance caseInstance = driver.instanceOf(caseId);
    TestPartners.employment(bsn, employment(today, "1800.00"));
    driver.reportJobStart("caseworker", caseId, today);
    ProcessInstance outflow = driver.outflowOf(caseId);
    driver.runJobs(outflow);
    driver.confirmOutflow(outflow);

    managementService.executeJob(driver.timer(outflow, "CatchEvent_AftercareDue").getId());
    Task contact = driver.task(outflow, "UserTask_AftercareContact");
    assertThat(contact.getName()).isEqualTo("Nazorgcontact");
    ResponseEntity<String> incomplete = driver.submit("caseworker", contact, "aftercareContact", Map.of("outcome", "JOB_LOST"));
    assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
    assertThat(incomplete.getBody()).contains("Vul de laatste werkdag in.");
    assertThat(driver.submit("caseworker", contact, "aftercareContact",
        Map.of("outcome", "JOB_LOST", "lastWorkingDay", today.toString(), "note", "Proeftijd niet doorstaan."))
        .getStatusCode().value()).isEqualTo(204);

    assertThat(outflow).isEnded();
    assertThat(caseInstance).hasPassed("ServiceTask_ReturnToAssessment").isWaitingAt("UserTask_UpdateAssessment",
        "CallActivity_ClientInView");
    assertThat(driver.task(caseInstance, "UserTask_UpdateAssessment").getName()).isEqualTo("Brede intake bijwerken");
    assertThat(driver.task(caseInstance, "UserTask_IntakeConversation")).isNull();
    assertThat(jdbc.queryForMap("select status, stage from pw_case where case_id = ?", caseId))
        .containsEntry("status", "OPEN").containsEntry("stage", "ASSESSMENT");
    assertThat(jobStart(caseId)).containsEntry("status", "JOB_LOST");
    assertThat(jdbc.queryForObject("select count(*) from pw_case where previous_case_id = ?", Integer.class, caseId)).isZero();
  }

  @Test
  void aJobLossReportedBetweenContactsEndsTheAftercareToo() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance caseInstance = driver.instanceOf(caseId);
    driver.reportJobStart("caseworker", caseId, today);
    ProcessInstance outflow = driver.outflowOf(caseId);
    driver.runJobs(outflow);
    // Not known at UWV yet: no proposal on guesswork; the caseworker enters the wage from the contract.
    assertThat(jobStart(caseId).get("proposed_outcome")).isNull();
    assertThat(runtimeService.getVariable(outflow.getId(), "outflowSummary").toString()).contains("Nog niet bekend bij UWV");
    ResponseEntity<String> noProposal = driver.submit("caseworker", driver.task(outflow, "UserTask_ConfirmOutflow"),
        "outflowReview", Map.of("choice", "CONFIRM"));
    assertThat(noProposal.getStatusCode().value()).isEqualTo(400);
    Map<String, Object> correction = new LinkedHashMap<>();
    correction.put("choice", "CORRECT");
    correction.put("netMonthlyWage", 1500);
    correction.put("contractStart", today.toString());
    correction.put("note", "Loonstrook november.");
    assertThat(driver.submit("caseworker", driver.task(outflow, "UserTask_ConfirmOutflow"), "outflowReview", correction)
        .getStatusCode().value()).isEqualTo(204);
    assertThat(jobStart(caseId)).containsEntry("proposed_outcome", "END_BENEFIT");

    ResponseEntity<String> lost = client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/job-loss",
        Json.write(Map.of("lastWorkingDay", today.toString(), "channel", "PHONE")));

    assertThat(lost.getStatusCode().value()).as(lost.getBody()).isEqualTo(202);
    assertThat(Json.parse(lost.getBody()).get("effect").asText()).isEqualTo("BACK_TO_ASSESSMENT");
    assertThat(outflow).isEnded();
    assertThat(caseInstance).isWaitingAt("UserTask_UpdateAssessment", "CallActivity_ClientInView");
    assertThat(jobStart(caseId)).containsEntry("status", "JOB_LOST");
  }

  @Test
  void aJobLostAfterTheCaseEndedInWorkStartsANewMeldingLinkedToTheOldCase() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    TestPartners.employment(bsn, employment(today, "1800.00"));
    driver.reportJobStart("caseworker", caseId, today);
    ProcessInstance outflow = driver.outflowOf(caseId);
    driver.runJobs(outflow);
    driver.confirmOutflow(outflow);
    driver.aftercare(outflow, "WORKING", "WORKING", "WORKING");
    assertThat(jdbc.queryForObject("select outcome from pw_case where case_id = ?", String.class, caseId))
        .isEqualTo("OUTFLOW_TO_WORK");

    ResponseEntity<String> lost = client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/job-loss",
        Json.write(Map.of("lastWorkingDay", today.toString(), "channel", "PHONE")));

    assertThat(lost.getStatusCode().value()).as(lost.getBody()).isEqualTo(201);
    String newCase = Json.parse(lost.getBody()).get("caseId").asText();
    assertThat(newCase).isNotEqualTo(caseId);
    assertThat(lost.getHeaders().getLocation().toString()).isEqualTo("/api/cases/" + newCase);
    assertThat(jdbc.queryForMap("select previous_case_id, status, request_type from pw_case where case_id = ?", newCase))
        .containsEntry("previous_case_id", caseId).containsEntry("status", "OPEN").containsEntry("request_type", "BIJSTAND");
    assertThat(driver.instanceOf(newCase)).isWaitingAt("UserTask_IntakeConversation");
  }

  @Test
  void anIncomeGatewayOutageBecomesAnIncidentNamingItAndTheCaseAndNothingIsLost() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    TestPartners.employmentDown(bsn);
    driver.reportJobStart("caseworker", caseId, today);
    ProcessInstance outflow = driver.outflowOf(caseId);

    Job job = managementService.createJobQuery().processInstanceId(outflow.getId()).singleResult();
    for (int attempt = 0; attempt < 10 && job != null && job.getRetries() > 0; attempt++) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the engine counts down the retries
      }
      job = managementService.createJobQuery().processInstanceId(outflow.getId()).singleResult();
    }
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(outflow.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("ServiceTask_FetchEmployment");
    assertThat(incident.getIncidentMessage()).contains("Suwinet-inkomen", caseId).doesNotContain(bsn);

    TestPartners.employment(bsn, employment(today, "1800.00"));
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());
    assertThat(outflow).isWaitingAt("UserTask_ConfirmOutflow", "CatchEvent_AftercareDue");
  }

  @Test
  void theSameJobReportedTwiceIsOneJobStart() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    String first = driver.reportJobStart("caseworker", caseId, today).get("jobStartId").asText();

    JsonNode again = driver.reportJobStart("employer", caseId, today);

    assertThat(again.get("status").asText()).isEqualTo("ALREADY_REPORTED");
    assertThat(again.get("jobStartId").asText()).isEqualTo(first);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("outflowToWork")
        .processInstanceBusinessKey(caseId).count()).isEqualTo(1);
    ResponseEntity<String> other = client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/job-start",
        Json.write(Map.of("startDate", today.plusDays(7).toString())));
    assertThat(other.getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void aPlacementByTheEmployerServicesTeamInTasklistStartsTheOutflow() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "DIRECT_MEDIATION");
    ProcessInstance caseInstance = driver.instanceOf(caseId);
    Task mediation = driver.task(caseInstance, "UserTask_JobMediation");

    ResponseEntity<String> withoutDate = driver.submit("employer", mediation, "mediation",
        Map.of("result", "Geplaatst bij Bakkerij De Korenbloem.", "placed", true));
    assertThat(withoutDate.getStatusCode().value()).isEqualTo(400);
    assertThat(withoutDate.getBody()).contains("Vul de startdatum van de baan in.");
    assertThat(caseInstance).isWaitingAt("UserTask_JobMediation");
    assertThat(jdbc.queryForObject("select count(*) from pw_job_start where case_id = ?", Integer.class, caseId)).isZero();

    ResponseEntity<String> placed = driver.submit("employer", mediation, "mediation",
        Map.of("result", "Geplaatst bij Bakkerij De Korenbloem.", "placed", true, "jobStartDate", today.plusDays(14).toString(),
            "hoursPerWeek", 32));

    assertThat(placed.getStatusCode().value()).as(placed.getBody()).isEqualTo(204);
    assertThat(caseInstance).hasPassed("ThrowEvent_PlacedInJob", "StartEvent_JobStarted").isWaitingAt(
        "CallActivity_ClientInView", "CallActivity_OutflowToWork");
    assertThat(jobStart(caseId)).containsEntry("source", "EMPLOYER_SERVICES").containsEntry("reported_by", "employer")
        .containsEntry("reported_start_date", java.sql.Date.valueOf(today.plusDays(14)));
    assertThat(driver.outflowOf(caseId)).isNotNull();
  }

  @Test
  void mediationWithoutPlacementKeepsTheClientInView() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "DIRECT_MEDIATION");
    ProcessInstance caseInstance = driver.instanceOf(caseId);

    driver.submit("employer", driver.task(caseInstance, "UserTask_JobMediation"), "mediation",
        Map.of("result", "Twee vacatures besproken, sollicitatie loopt."));

    assertThat(caseInstance).hasNotPassed("ThrowEvent_PlacedInJob").isWaitingAt("CallActivity_ClientInView");
    assertThat(driver.outflowOf(caseId)).isNull();
  }

  // --- helpers

  static String employment(LocalDate start, String net) {
    return "{\"dienstverbanden\": [{\"ingangsdatum\": \"" + start + "\", \"urenPerWeek\": 24, \"brutoMaandloon\": 2100.00,"
        + " \"nettoMaandloon\": " + net + "}]}";
  }

  private Map<String, Object> jobStart(String caseId) {
    return jdbc.queryForMap("select * from pw_job_start where case_id = ? order by reported_at desc limit 1", caseId);
  }

  private String jobStartId(String caseId) {
    return (String) jobStart(caseId).get("job_start_id");
  }
}
