package nl.gemeente.participatie.trust;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 8: the report date has a lower bound (docs/adr/0002): one year before today (Dutch date),
 * never before 2015-01-01. The same bound holds for the intake API, the Tasklist start form and the
 * start of a grant. Both sides of the boundary: the last accepted day and the first refused one.
 * (The 2015-01-01 floor, which today's date cannot reach, is tested with a fixed clock in
 * MeldingValidatorTest.)
 */
@PostgresServiceTest
class Finding08ReportDateTest {

  static final String START_FORM = "/engine-rest/process-definition/key/participationCase/submit-form";

  @Autowired ProcessEngine processEngine;
  @Autowired HistoryService historyService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;
  CaseDriver driver;
  LocalDate today;
  LocalDate earliest;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    today = LocalDate.now(AMSTERDAM);
    earliest = today.minusYears(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-999999999-01-01", "0001-01-01", "2014-12-31", "DAY_BEFORE_EARLIEST"})
  void theApiRefusesAReportDateBeforeTheBoundAndRegistersNothing(String reportDate) {
    String bsn = TestBsn.next();
    Map<String, Object> melding = ServiceClient.melding(bsn);
    melding.put("reportDate", reportDate.replace("DAY_BEFORE_EARLIEST", earliest.minusDays(1).toString()));

    ResponseEntity<String> response = client.postCase("caseworker", melding);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    JsonNode error = Json.parse(response.getBody()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("reportDate");
    assertThat(error.get("code").asText()).isEqualTo("REPORT_DATE_TOO_EARLY");
    assertThat(error.get("message").asText()).contains(earliest.toString());
    assertThat(response.getBody()).doesNotContain(bsn);
    assertThat(jdbc.queryForObject("select count(*) from pw_case where bsn = ?", Integer.class, bsn)).isZero();
  }

  @Test
  void theApiAcceptsTheLastDayOfTheBound() {
    Map<String, Object> melding = ServiceClient.melding(TestBsn.next());
    melding.put("reportDate", earliest.toString());

    ResponseEntity<String> response = client.postCase("caseworker", melding);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    String caseId = Json.parse(response.getBody()).get("caseId").asText();
    assertThat(jdbc.queryForObject("select report_date from pw_case where case_id = ?", LocalDate.class, caseId))
        .isEqualTo(earliest);
  }

  @Test
  void theStartFormRefusesTheDayBeforeTheBoundInDutchAndAcceptsTheBoundItself() {
    long processes = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("participationCase").count();
    String refusedBsn = TestBsn.next();

    ResponseEntity<String> tooEarly = startForm(refusedBsn, earliest.minusDays(1).toString());
    ResponseEntity<String> ancient = startForm(TestBsn.next(), "0001-01-01");

    for (ResponseEntity<String> response : new ResponseEntity[] {tooEarly, ancient}) {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
      assertThat(Json.parse(response.getBody()).get("message").asText())
          .contains("Meldingsdatum mag niet voor " + dutch(earliest) + " liggen", "art. 44");
    }
    assertThat(tooEarly.getBody()).doesNotContain(refusedBsn);
    assertThat(jdbc.queryForObject("select count(*) from pw_case where bsn = ?", Integer.class, refusedBsn)).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("participationCase").count())
        .isEqualTo(processes);

    String acceptedBsn = TestBsn.next();
    ResponseEntity<String> atBound = startForm(acceptedBsn, earliest.toString());
    assertThat(atBound.getStatusCode().value()).as(atBound.getBody()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select report_date from pw_case where bsn = ?", LocalDate.class, acceptedBsn))
        .isEqualTo(earliest);
  }

  @Test
  void aGrantStartsFromTheEarliestReportDateButNotADayBefore() {
    // A melding on the last accepted day; the grant from that day is right (art. 44: from the melding).
    String caseId = applyWithReportDate(earliest);
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    Task review = driver.taskOf(instance);

    ResponseEntity<String> granted = driver.submit("caseworker", review, "review",
        CaseDriver.review("GRANT", earliest, adviceAmount(instance), null));

    assertThat(granted.getStatusCode().value()).as(granted.getBody()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select decision_start_date from pw_eligibility where case_id = ?", LocalDate.class,
        caseId)).isEqualTo(earliest);
  }

  @Test
  void aGrantFromYearOneOnACaseRegisteredWithSuchADateIsRefusedAtTheReview() {
    // A case registered before the bound existed, with report date 0001-01-01 in the register.
    String caseId = applyWithReportDate(today);
    jdbc.update("update pw_case set report_date = ? where case_id = ?", LocalDate.of(1, 1, 1), caseId);
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    Task review = driver.taskOf(instance);
    String amount = adviceAmount(instance);

    ResponseEntity<String> yearOne = driver.submit("caseworker", review, "review",
        CaseDriver.review("GRANT", LocalDate.of(1, 1, 1), amount, null));
    ResponseEntity<String> dayBefore = driver.submit("caseworker", review, "review",
        CaseDriver.review("GRANT", earliest.minusDays(1), amount, null));

    for (ResponseEntity<String> response : new ResponseEntity[] {yearOne, dayBefore}) {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
      assertThat(Json.parse(response.getBody()).get("message").asText())
          .contains("De ingangsdatum ligt niet voor " + dutch(earliest));
    }
    assertThat(driver.taskOf(instance).getId()).isEqualTo(review.getId());
    assertThat(jdbc.queryForObject("select decision from pw_eligibility where case_id = ?", String.class, caseId)).isNull();

    ResponseEntity<String> atBound = driver.submit("caseworker", review, "review",
        CaseDriver.review("GRANT", earliest, amount, null));
    assertThat(atBound.getStatusCode().value()).as(atBound.getBody()).isEqualTo(204);
  }

  private String applyWithReportDate(LocalDate reportDate) {
    Map<String, Object> melding = ServiceClient.melding(TestBsn.next());
    melding.put("reportDate", reportDate.toString());
    ResponseEntity<String> created = client.postCase("caseworker", melding);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String caseId = Json.parse(created.getBody()).get("caseId").asText();
    Map<String, Object> intake = CaseDriver.intakeForm("BIJSTAND", false, true);
    ResponseEntity<String> done = driver.submit("caseworker", driver.taskOf(driver.instanceOf(caseId)), "intake", intake);
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    return caseId;
  }

  private String adviceAmount(ProcessInstance instance) {
    return Json.parse(driver.variableTyped(instance, "advice").getValue().toString())
        .get("benefitAmount").asText();
  }

  private ResponseEntity<String> startForm(String bsn, String reportDate) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("bsn", Map.of("value", bsn));
    variables.put("reportDate", Map.of("value", reportDate));
    variables.put("requestType", Map.of("value", "BIJSTAND"));
    variables.put("channel", Map.of("value", "DESK"));
    return client.exchange("caseworker", HttpMethod.POST, START_FORM, Json.write(Map.of("variables", variables)));
  }

  private static String dutch(LocalDate date) {
    return "%02d-%02d-%04d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
