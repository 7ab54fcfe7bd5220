package nl.gemeente.participatie.trust;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.trajectory.BudgetLedger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * Finding 6: a value of the wrong type is refused, never coerced. The API answers 400 problem+json
 * naming the field (never the value); a form answers 400 with a Dutch message naming the field, and
 * the task stays open. Nothing is stored, started or paid.
 */
@PostgresServiceTest
class Finding06StrictTypesTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired BudgetLedger ledger;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;
  CaseDriver driver;
  LocalDate today;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    today = LocalDate.now(AMSTERDAM);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a number for a yes/no (started a real outflow) | {\"startDate\": \"TODAY\", \"reducedWageValue\": 2}      | reducedWageValue",
      "a text for a yes/no                            | {\"startDate\": \"TODAY\", \"employerWantsTrial\": \"true\"} | employerWantsTrial",
      "a text for a number                            | {\"startDate\": \"TODAY\", \"hoursPerWeek\": \"24\"}        | hoursPerWeek",
      "a number for a date                            | {\"startDate\": 20261129}                                   | startDate"})
  void aJobStartWithAValueOfTheWrongTypeIsRefusedAndStartsNoOutflow(String what, String body, String field) {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");

    ResponseEntity<String> response = client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/job-start",
        body.replace("TODAY", today.toString()));

    assertRefused(response, field);
    assertThat(jdbc.queryForObject("select count(*) from pw_job_start where case_id = ?", Integer.class, caseId)).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("outflowToWork")
        .processInstanceBusinessKey(caseId).count()).isZero();
  }

  @Test
  void theSameJobStartWithRealBooleansIsTaken() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");

    ResponseEntity<String> response = client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/job-start",
        "{\"startDate\": \"" + today + "\", \"hoursPerWeek\": 24, \"reducedWageValue\": false}");

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(202);
  }

  @ParameterizedTest(name = "accepted = {0}")
  @CsvSource(delimiter = '|', value = {"1", "0", "\"true\"", "\"false\"", "1.0"})
  void aPartnerAnswerThatIsNotTrueOrFalseIsRefusedAndTheAssignmentStaysOffered(String accepted) {
    String partner = "taal-en-werk";
    ledger.setBudget(today.getYear(), "WORK_FIT_TRAJECTORY", new BigDecimal("10000000"));
    String assignment = offeredAssignment();

    ResponseEntity<String> response = client.exchange(partner, HttpMethod.POST,
        "/api/partners/assignments/" + assignment + "/answer", "{\"accepted\": " + accepted + "}");

    assertRefused(response, "accepted");
    assertThat(jdbc.queryForObject("select status from pw_assignment where assignment_id = ?", String.class, assignment))
        .isEqualTo("OFFERED");
  }

  @Test
  void aSignalWithAFractionOfADayAbroadOrAnEnumByNumberIsRefusedAndNotStored() {
    String bsn = TestBsn.next();
    Map<String, Object> abroad = ServiceClient.signal("ib-types-" + bsn, "INLICHTINGENBUREAU", "STAY_ABROAD", null, bsn);
    abroad.put("daysAbroad", 30.5);
    Map<String, Object> byNumber = ServiceClient.signal("ib-types2-" + bsn, "INLICHTINGENBUREAU", "STAY_ABROAD", null, bsn);
    byNumber.put("daysAbroad", 30);
    byNumber.put("source", 2);

    assertRefused(client.exchange("signals", HttpMethod.POST, "/api/signals", Json.write(abroad)), "daysAbroad");
    assertRefused(client.exchange("signals", HttpMethod.POST, "/api/signals", Json.write(byNumber)), "source");
    assertThat(jdbc.queryForObject("select count(*) from pw_signal where external_id like ?", Integer.class,
        "ib-types%-" + bsn)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a fraction in a whole-number field | childrenUnder18             | 1.5    | childrenUnder18             | geheel getal",
      "a text for a yes/no                | informedAboutDataProcessing | \"true\" | informedAboutDataProcessing | ja of nee",
      "a number for a yes/no              | consentPartnerSharing       | 1      | consentPartnerSharing       | ja of nee",
      "a text for an amount               | declaredAssets              | \"1200\" | declaredAssets              | getal",
      "a number for a choice              | householdType               | 0      | householdType               | tekst"})
  void anIntakeFormWithAValueOfTheWrongTypeGetsADutchMessageNamingTheFieldAndStaysOpen(String what, String key,
      String rawValue, String field, String expected) {
    String caseId = client.newCase();
    ProcessInstance instance = driver.instanceOf(caseId);
    Task intakeTask = driver.taskOf(instance);
    String intake = Json.write(intake()).replaceFirst("\"" + key + "\":[^,}]+", "\"" + key + "\":" + rawValue);
    assertThat(intake).contains("\"" + key + "\":" + rawValue);

    String body = Json.write(Map.of("variables", Map.of("intake", Map.of("type", "Json", "value", intake))));
    ResponseEntity<String> response = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/task/" + intakeTask.getId() + "/submit-form", body);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    String message = Json.parse(response.getBody()).get("message").asText();
    assertThat(message).contains("'" + field + "'", expected, "Er is niets opgeslagen");
    assertThat(driver.taskOf(instance).getId()).isEqualTo(intakeTask.getId());
    assertThat(jdbc.queryForObject("select stage from pw_case where case_id = ?", String.class, caseId)).isEqualTo("INTAKE");
    assertThat(jdbc.queryForObject("select count(*) from pw_eligibility where case_id = ?", Integer.class, caseId)).isZero();
  }

  @Test
  void theSameIntakeFormWithRightTypesIsTaken() {
    String caseId = client.newCase();
    ProcessInstance instance = driver.instanceOf(caseId);

    ResponseEntity<String> response = driver.submit("caseworker", driver.taskOf(instance), "intake", intake());

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select stage from pw_case where case_id = ?", String.class, caseId))
        .isEqualTo("ELIGIBILITY");
  }

  private static void assertRefused(ResponseEntity<String> response, String field) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    JsonNode errors = Json.parse(response.getBody()).get("errors");
    assertThat(errors).as(response.getBody()).isNotNull();
    assertThat(errors.findValuesAsText("field")).containsExactly(field);
  }

  /** A complete intake for a bijstand application, as Tasklist submits it (CaseDriver's values). */
  private static Map<String, Object> intake() {
    return CaseDriver.intakeForm("BIJSTAND", false, true);
  }

  /** A work-support case whose plan buys a work-fit trajectory; the assignment offered to the first partner. */
  private String offeredAssignment() {
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    return driver.assignmentOf(purchase);
  }
}
