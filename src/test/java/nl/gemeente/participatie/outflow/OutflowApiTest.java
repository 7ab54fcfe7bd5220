package nl.gemeente.participatie.outflow;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

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
import nl.gemeente.participatie.trajectory.BudgetLedger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/cases/{caseId}/job-start} refusing what cannot be right, and
 * {@code GET /api/reports/outflow} whose figures match a set of cases run through here.
 */
@PostgresServiceTest
class OutflowApiTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired BudgetLedger ledger;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  CaseDriver driver;
  ServiceClient client;
  LocalDate today;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    today = LocalDate.now(AMSTERDAM);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "start date missing        | {\"hoursPerWeek\": 24}                                  | startDate",
      "start date too far ahead  | {\"startDate\": \"+93\"}                                | startDate",
      "start date before melding | {\"startDate\": \"-1\"}                                 | startDate",
      "no hours                  | {\"startDate\": \"+0\", \"hoursPerWeek\": 0}            | hoursPerWeek",
      "too many hours            | {\"startDate\": \"+0\", \"hoursPerWeek\": 61}           | hoursPerWeek",
      "not a date                | {\"startDate\": \"1-12-2026\"}                          | startDate",
      "unknown field             | {\"startDate\": \"+0\", \"nettoLoon\": 1800}            | nettoLoon"})
  void badInputIsRefusedWithTheFieldNamedAndChangesNothing(String what, String body, String field) {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    String json = body.replace("\"+93\"", "\"" + today.plusDays(93) + "\"").replace("\"-1\"", "\"" + today.minusDays(1) + "\"")
        .replace("\"+0\"", "\"" + today + "\"");

    ResponseEntity<String> response = client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/job-start", json);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    assertThat(Json.parse(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(jdbc.queryForObject("select count(*) from pw_job_start where case_id = ?", Integer.class, caseId)).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("outflowToWork")
        .processInstanceBusinessKey(caseId).count()).isZero();
  }

  @Test
  void unknownCasesStagesTooEarlyAndOtherGroupsAreRefused() {
    String valid = Json.write(Map.of("startDate", today.toString()));
    assertThat(client.exchange("caseworker", HttpMethod.POST, "/api/cases/PW-2026-999999/job-start", valid)
        .getStatusCode().value()).isEqualTo(404);

    String applying = driver.applyFor(TestBsn.next());
    ResponseEntity<String> tooEarly = client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + applying + "/job-start", valid);
    assertThat(tooEarly.getStatusCode().value()).isEqualTo(409);
    assertThat(tooEarly.getBody()).contains("outflow-not-possible").doesNotContain(TestBsn.class.getSimpleName());

    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    assertThat(client.exchange("purchaser", HttpMethod.POST, "/api/cases/" + caseId + "/job-start", valid)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(client.exchange("operator", HttpMethod.POST, "/api/cases/" + caseId + "/job-start", valid)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(client.exchange(null, HttpMethod.POST, "/api/cases/" + caseId + "/job-start", valid)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(client.exchange("employer", HttpMethod.POST, "/api/cases/" + caseId + "/job-loss",
        Json.write(Map.of("lastWorkingDay", today.toString(), "channel", "PHONE"))).getStatusCode().value()).isEqualTo(403);
    assertThat(client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/job-loss",
        Json.write(Map.of("lastWorkingDay", today.toString(), "channel", "PHONE"))).getStatusCode().value()).isEqualTo(409);
    assertThat(jdbc.queryForObject("select count(*) from pw_job_start where case_id = ?", Integer.class, caseId)).isZero();

    ResponseEntity<String> byEmployerServices = client.exchange("employer", HttpMethod.POST, "/api/cases/" + caseId + "/job-start", valid);
    assertThat(byEmployerServices.getStatusCode().value()).isEqualTo(202);
    assertThat(jdbc.queryForObject("select source from pw_job_start where case_id = ?", String.class, caseId))
        .isEqualTo("EMPLOYER_SERVICES");
  }

  @Test
  void theReportsFiguresMatchTheCasesRunThrough() {
    LocalDate from = today.plusDays(60);
    LocalDate to = today.plusDays(70);
    JsonNode closedTodayBefore = report("policy", today, today).get("closedCases");

    // A: bijstand ended by the job (day 60), kept through aftercare: the case ends in work.
    String bsnA = TestBsn.next();
    String caseA = driver.grantedAndPlanned(bsnA, "CARE_FIRST");
    TestPartners.employment(bsnA, OutflowProcessTest.employment(today.plusDays(60), "1800.00"));
    ProcessInstance outflowA = driver.startAndConfirm(caseA, "caseworker", today.plusDays(60));
    driver.aftercare(outflowA, "WORKING", "WORKING", "WORKING");

    // B: bijstand ended by the job (day 61), lost at the first contact.
    String bsnB = TestBsn.next();
    String caseB = driver.grantedAndPlanned(bsnB, "CARE_FIRST");
    TestPartners.employment(bsnB, OutflowProcessTest.employment(today.plusDays(61), "1800.00"));
    ProcessInstance outflowB = driver.startAndConfirm(caseB, "caseworker", today.plusDays(61));
    driver.aftercare(outflowB, "JOB_LOST");

    // C: work support only, a work-fit trajectory with partner taal-en-werk, placed by employer services (day 70).
    String caseC = onTrajectoryWith("taal-en-werk");
    ProcessInstance outflowC = driver.startAndConfirm(caseC, "employer", today.plusDays(70));
    driver.aftercare(outflowC, "WORKING");

    JsonNode figures = report("policy", from, to);
    assertThat(figures.toString()).doesNotContain("PW-", bsnA, bsnB);
    JsonNode jobStarts = figures.get("jobStarts");
    assertThat(jobStarts.get("total").asInt()).isEqualTo(3);
    assertThat(jobStarts.get("byDecision").toString()).isEqualTo("{\"END_BENEFIT\":2,\"NO_BENEFIT\":1}");
    assertThat(jobStarts.get("bySource").toString()).isEqualTo("{\"CASEWORKER\":2,\"EMPLOYER_SERVICES\":1}");
    assertThat(jobStarts.get("lasted").asInt()).isEqualTo(1);
    assertThat(jobStarts.get("lost").asInt()).isEqualTo(1);
    assertThat(jobStarts.get("inAftercare").asInt()).isEqualTo(1);
    JsonNode days = figures.get("daysFromMeldingToWork");
    assertThat(days.get("count").asInt()).isEqualTo(3);
    assertThat(days.get("median").asDouble()).isEqualTo(61.0);
    assertThat(days.get("average").asDouble()).isCloseTo(191.0 / 3, org.assertj.core.data.Offset.offset(0.001));
    assertThat(figures.get("byRoute").toString()).isEqualTo(
        "[{\"key\":\"CARE_FIRST\",\"jobStarts\":2,\"lasted\":1,\"lost\":1},"
            + "{\"key\":\"WORK_FIT_TRAJECTORY\",\"jobStarts\":1,\"lasted\":0,\"lost\":0}]");
    assertThat(figures.get("byPartner").toString()).isEqualTo(
        "[{\"key\":\"NONE\",\"jobStarts\":2,\"lasted\":1,\"lost\":1},"
            + "{\"key\":\"taal-en-werk\",\"jobStarts\":1,\"lasted\":0,\"lost\":0}]");

    JsonNode closedToday = report("teamlead", today, today).get("closedCases");
    assertThat(closedToday.get("total").asInt() - closedTodayBefore.get("total").asInt()).isEqualTo(1);
    assertThat(closedToday.get("byResult").path("OUTFLOW_TO_WORK").asInt()
        - closedTodayBefore.get("byResult").path("OUTFLOW_TO_WORK").asInt()).isEqualTo(1);
    assertThat(closedToday.get("jobLasted6Months").asInt() - closedTodayBefore.get("jobLasted6Months").asInt()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "from missing   | ?to=2026-12-31                    | from",
      "to not a date  | ?from=2026-01-01&to=31-12-2026    | to",
      "from after to  | ?from=2026-12-31&to=2026-01-01    | from",
      "over 5 years   | ?from=2020-01-01&to=2026-01-02    | to"})
  void aBadPeriodIsRefused(String what, String query, String field) {
    ResponseEntity<String> response = client.exchange("policy", HttpMethod.GET, "/api/reports/outflow" + query, null);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo(field);
  }

  @Test
  void onlyTeamLeadsAndPolicyStaffSeeTheReport() {
    String path = "/api/reports/outflow?from=2026-01-01&to=2026-12-31";
    assertThat(client.exchange("caseworker", HttpMethod.GET, path, null).getStatusCode().value()).isEqualTo(403);
    assertThat(client.exchange("operator", HttpMethod.GET, path, null).getStatusCode().value()).isEqualTo(403);
    assertThat(client.exchange(null, HttpMethod.GET, path, null).getStatusCode().value()).isEqualTo(401);
    assertThat(client.exchange("teamlead", HttpMethod.GET, path, null).getStatusCode().value()).isEqualTo(200);
  }

  // --- helpers

  private JsonNode report(String user, LocalDate from, LocalDate to) {
    ResponseEntity<String> response = client.exchange(user, HttpMethod.GET,
        "/api/reports/outflow?from=" + from + "&to=" + to, null);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return Json.parse(response.getBody());
  }

  /** A work-support-only client on a work-fit trajectory that {@code partner} accepted. */
  private String onTrajectoryWith(String partner) {
    ledger.setBudget(today.getYear(), "WORK_FIT_TRAJECTORY", new BigDecimal("10000000"));
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    String caseId = purchase.getBusinessKey();
    String assignment = driver.assignmentOf(purchase);
    assertThat(jdbc.queryForObject("select partner_id from pw_assignment where assignment_id = ?", String.class, assignment))
        .isEqualTo(partner);
    ResponseEntity<String> accepted = client.exchange(partner, HttpMethod.POST,
        "/api/partners/assignments/" + assignment + "/answer", "{\"accepted\": true}");
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
    return caseId;
  }
}
