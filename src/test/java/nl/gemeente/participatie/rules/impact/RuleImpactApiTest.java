package nl.gemeente.participatie.rules.impact;

import static nl.gemeente.participatie.rules.impact.ImpactRequests.model;
import static nl.gemeente.participatie.rules.impact.ImpactRequests.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/rules/{decisionKey}/impact} against a history built here: evaluations of decision
 * {@code eligibility} through the engine's {@code DecisionService} with known inputs, and real cases.
 *
 * <p>The database is shared with the other test classes, which evaluate {@code eligibility} too, and
 * an evaluation's time is always now. So each test asks for the report over yesterday to tomorrow
 * before and after adding its own evaluations and checks the difference: the candidate is the same
 * both times, so whatever the other classes recorded counts the same in both reports. Example case
 * ids come latest first, so the cases run last lead the list.
 */
@PostgresServiceTest
class RuleImpactApiTest {

  static final String ELIGIBILITY = "eligibility";

  @Autowired ProcessEngine engine;
  @Autowired DecisionService decisions;
  @Autowired HistoryService history;
  @Autowired TestRestTemplate rest;

  ImpactRequests impact;
  CaseDriver driver;
  String from;
  String to;

  @BeforeEach
  void setUp() {
    impact = new ImpactRequests(rest);
    driver = new CaseDriver(engine, new ServiceClient(rest));
    LocalDate today = LocalDate.now(ServiceClient.AMSTERDAM);
    from = today.minusDays(1).toString();
    to = today.plusDays(1).toString();
  }

  /** The standard applicant of the case file: single, 34 on 2025-03-03, Dutch, income 200, assets 1000. */
  static VariableMap applicant() {
    return Variables.createVariables()
        .putValue("applicationDate", "2025-03-03").putValue("reportDate", "2025-02-03").putValue("birthDate", "1990-04-01")
        .putValue("residenceStatus", "DUTCH").putValue("livesInNetherlands", true).putValue("detained", false)
        .putValue("evadingSentence", false).putValue("studentFinanceEligible", false).putValue("searchPeriodExempt", false)
        .putValue("daysAbroadThisYear", 0).putValue("householdType", "SINGLE").putValue("costSharers", 0).putValue("monthlyIncome", 200.0)
        .putValue("assets", 1000.0);
  }

  void evaluate(VariableMap inputs) {
    decisions.evaluateDecisionByKey(ELIGIBILITY).variables(inputs).evaluate();
  }

  /** A case run up to and including the eligibility advice (single, assets 1200.50, income 0, 2026 figures). */
  String caseUpToTheAdvice() {
    String caseId = driver.applyFor(TestBsn.next());
    driver.runJobs(driver.instanceOf(caseId));
    return caseId;
  }

  /** Asset limit of a single person 5000 instead of 7770 in 2025, 1000 instead of 8000 [check] from 2026. */
  static String lowerAssetLimit() {
    return replace("<outputEntry id=\"OutputEntry_AssetLimit_1_1\"><text>7770</text>",
        "<outputEntry id=\"OutputEntry_AssetLimit_1_1\"><text>5000</text>")
        .andThen(replace("<outputEntry id=\"OutputEntry_AssetLimit_4_1\"><text>8000</text>",
            "<outputEntry id=\"OutputEntry_AssetLimit_4_1\"><text>1000</text>"))
        .apply(model("eligibility.dmn"));
  }

  @Test
  void aLowerAssetLimitTurnsTheAdviceForApplicantsAboveItAndNamesTheCases() {
    String candidate = lowerAssetLimit();
    JsonNode before = impact.report(ELIGIBILITY, candidate, from, to);

    // Assets 0, 400, ..., 11600: eligible up to the limit 7770 (i <= 19); 5200..7600 (i = 13..19) are
    // above the candidate's 5000: 7 changes. 8000 and more were above both limits.
    for (int i = 0; i < 30; i++) {
      evaluate(applicant().putValue("assets", 400.0 * i));
    }
    String firstCase = caseUpToTheAdvice();
    String secondCase = caseUpToTheAdvice();
    JsonNode after = impact.report(ELIGIBILITY, candidate, from, to);

    assertThat(delta(before, after, "evaluations")).isEqualTo(32);
    assertThat(delta(before, after, "reEvaluated")).isEqualTo(32);
    assertThat(delta(before, after, "changed")).isEqualTo(9);
    assertThat(delta(before, after, "unchanged")).isEqualTo(23);
    assertThat(delta(before, after, "failed")).isZero();
    assertThat(delta(before, after, "notReproducible")).isZero();
    assertThat(delta(before, after, "outputs", "eligible", "changed")).isEqualTo(9);
    assertThat(delta(before, after, "outputs", "eligible", "transitions", "true→false")).isEqualTo(9);
    assertThat(delta(before, after, "outputs", "eligible", "transitions", "false→true")).isZero();
    assertThat(after.at("/outputs/eligible/type").asText()).isEqualTo("boolean");
    assertThat(delta(before, after, "outputs", "reasons", "transitions", "[]→[ART34_ASSETS_ABOVE_LIMIT]")).isEqualTo(9);
    assertThat(after.at("/outputs/reasons/type").asText()).isEqualTo("list");
    assertThat(delta(before, after, "outputs", "monthlyNorm", "changed")).isZero();
    assertThat(delta(before, after, "outputs", "benefitAmount", "changed")).isZero();
    assertThat(texts(after.get("exampleCaseIds")).subList(0, 2)).containsExactly(secondCase, firstCase);
    assertThat(after.get("latestVersion").asInt()).isPositive();
    assertThat(after.get("versionsSeen")).isNotEmpty();
    assertThat(after.get("versionsSeen").get(after.get("versionsSeen").size() - 1).get("version").asInt())
        .isEqualTo(after.get("latestVersion").asInt());
  }

  @Test
  void aHigherNormRaisesNormAndBenefitAndTurnsIncomesBelowIt() {
    // Single, 21 to AOW age, 2025: 1345.45 -> 1400.00.
    String candidate = replace("<outputEntry id=\"OutputEntry_BijstandNorm_1_1\"><text>1345.45</text>",
        "<outputEntry id=\"OutputEntry_BijstandNorm_1_1\"><text>1400.00</text>").apply(model("eligibility.dmn"));
    JsonNode before = impact.report(ELIGIBILITY, candidate, from, to);

    // Income equal to or above the norm is no right to bijstand (art. 11, 31).
    double[] incomes = {0, 200, 1000, 1345.45, 1350, 1399.99, 1400, 1500};
    for (double income : incomes) {
      evaluate(applicant().putValue("monthlyIncome", income));
    }
    JsonNode after = impact.report(ELIGIBILITY, candidate, from, to);

    assertThat(delta(before, after, "evaluations")).isEqualTo(8);
    assertThat(delta(before, after, "changed")).isEqualTo(8);
    assertThat(delta(before, after, "notReproducible")).isZero();
    // 1345.45, 1350 and 1399.99 are now below the norm.
    assertThat(delta(before, after, "outputs", "eligible", "transitions", "false→true")).isEqualTo(3);
    assertThat(delta(before, after, "outputs", "eligible", "transitions", "true→false")).isZero();
    assertThat(delta(before, after, "outputs", "reasons", "transitions", "[ART11_INCOME_NOT_BELOW_NORM]→[]"))
        .isEqualTo(3);
    // The norm of all 8 goes up by 54.55.
    assertThat(delta(before, after, "outputs", "monthlyNorm", "increased")).isEqualTo(8);
    assertThat(delta(before, after, "outputs", "monthlyNorm", "decreased")).isZero();
    assertThat(deltaNumber(before, after, "outputs", "monthlyNorm", "totalDifference")).isCloseTo(8 * 54.55, within(1e-6));
    assertThat(after.at("/outputs/monthlyNorm/type").asText()).isEqualTo("number");
    assertThat(after.at("/outputs/monthlyNorm/transitions").isMissingNode()).isTrue();
    // Benefit (norm minus income, not below 0): 4 x 54.55 (incomes 0, 200, 1000, 1345.45), 50 (1350),
    // 0.01 (1399.99); 1400 and 1500 stay 0.
    assertThat(delta(before, after, "outputs", "benefitAmount", "changed")).isEqualTo(6);
    assertThat(delta(before, after, "outputs", "benefitAmount", "increased")).isEqualTo(6);
    assertThat(deltaNumber(before, after, "outputs", "benefitAmount", "totalDifference"))
        .isCloseTo(4 * 54.55 + 50 + 0.01, within(1e-6));
  }

  @Test
  void anUnchangedCandidateChangesNothing() {
    for (int i = 0; i < 5; i++) {
      evaluate(applicant().putValue("monthlyIncome", 300.0 * i).putValue("detained", i == 3));
    }
    caseUpToTheAdvice();

    JsonNode report = impact.report(ELIGIBILITY, model("eligibility.dmn"), from, to);

    assertThat(report.get("evaluations").asLong()).isGreaterThanOrEqualTo(6);
    assertThat(report.get("changed").asLong()).isZero();
    assertThat(report.get("failed").asLong()).isZero();
    // Every evaluation of the current version, by any test, is read back completely.
    assertThat(report.get("notReproducible").asLong()).isZero();
    assertThat(report.get("reEvaluated").asLong()).isEqualTo(report.get("evaluations").asLong());
    assertThat(report.get("unchanged").asLong()).isEqualTo(report.get("evaluations").asLong());
    assertThat(report.get("exampleCaseIds")).isEmpty();
    report.get("outputs").forEach(output -> assertThat(output.get("changed").asLong()).isZero());
  }

  /**
   * Decisions evaluated through {@code DecisionService} inside a delegate are linked to the process
   * instance: the engine's history listener takes the execution of the running delegate, so the
   * evaluation (and every decision it required) carries the case's process instance, its root
   * process instance and the activity.
   */
  @Test
  void anAdviceInACaseIsLinkedToTheCaseInTheHistory() {
    String caseId = caseUpToTheAdvice();
    ProcessInstance map = driver.instanceOf(caseId);
    // Evaluated in the application's own process, called by the case map (the root).
    ProcessInstance instance = driver.stageOf(caseId, "bijstandApplication");

    List<HistoricDecisionInstance> advice = history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(ELIGIBILITY).processInstanceId(instance.getId()).list();

    assertThat(advice).hasSize(1);
    assertThat(advice.get(0).getRootProcessInstanceId()).isEqualTo(map.getId());
    assertThat(advice.get(0).getActivityId()).isEqualTo("ServiceTask_EvaluateEligibility");
    assertThat(advice.get(0).getRootDecisionInstanceId()).isNull();
    List<HistoricDecisionInstance> required = history.createHistoricDecisionInstanceQuery()
        .rootDecisionInstanceId(advice.get(0).getId()).list();
    assertThat(required).extracting(HistoricDecisionInstance::getDecisionDefinitionKey)
        .contains("applicantAge", "bijstandNorm", "assetLimit", "meansTest", "eligibilityReasons", ELIGIBILITY);
    assertThat(required).allSatisfy(decision -> assertThat(decision.getProcessInstanceId()).isEqualTo(instance.getId()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no file                     | NONE      | -1 | +1  | dmn",
      "not a DMN file              | NOT_XML   | -1 | +1  | dmn",
      "decision not in the file    | OTHER_KEY | -1 | +1  | dmn",
      "from missing                | FILE      |    | +1  | from",
      "from not a date             | FILE      | 1-1-2026 | +1 | from",
      "to missing                  | FILE      | -1 |     | to",
      "from after to               | FILE      | +1 | -1  | from",
      "more than a year            | FILE      | -366 | +1 | to"})
  void badRequestsAreRefusedWithTheFieldNamed(String what, String file, String fromDay, String toDay, String field) {
    String dmn = switch (file) {
      case "NONE" -> null;
      case "NOT_XML" -> "this is not a decision model";
      case "OTHER_KEY" -> replace("<decision id=\"eligibility\" ", "<decision id=\"eligibilityRenamed\" ")
          .apply(model("eligibility.dmn"));
      default -> model("eligibility.dmn");
    };

    ResponseEntity<String> response = impact.post("policy", ELIGIBILITY, dmn, day(fromDay), day(toDay));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    JsonNode problem = Json.parse(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:participatie:problem:invalid-impact-request");
    assertThat(texts(problem.get("errors"), "field")).containsExactly(field);
  }

  @Test
  void aPeriodOfExactlyOneYearIsAllowed() {
    LocalDate today = LocalDate.now(ServiceClient.AMSTERDAM);
    assertThat(impact.post("policy", ELIGIBILITY, model("eligibility.dmn"), today.minusYears(1).toString(),
        today.toString()).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aDecisionThatIsNotDeployedIsNotFound() {
    String candidate = replace("<decision id=\"eligibility\" ", "<decision id=\"neverDeployed\" ")
        .andThen(replace("dmnElementRef=\"eligibility\"", "dmnElementRef=\"neverDeployed\""))
        .apply(model("eligibility.dmn"));

    ResponseEntity<String> response = impact.post("policy", "neverDeployed", candidate, from, to);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(404);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    assertThat(Json.parse(response.getBody()).get("type").asText()).isEqualTo("urn:participatie:problem:decision-not-found");
  }

  @Test
  void onlyPolicyStaffMayAsk() {
    String dmn = model("eligibility.dmn");
    assertThat(impact.post("caseworker", ELIGIBILITY, dmn, from, to).getStatusCode().value()).isEqualTo(403);
    assertThat(impact.post("operator", ELIGIBILITY, dmn, from, to).getStatusCode().value()).isEqualTo(403);
    assertThat(impact.post(null, ELIGIBILITY, dmn, from, to).getStatusCode().value()).isEqualTo(401);
    assertThat(impact.post("demo", ELIGIBILITY, dmn, from, to).getStatusCode().value()).isEqualTo(200);
  }

  private String day(String offset) {
    if (offset == null || offset.isBlank()) {
      return null;
    }
    if (!offset.startsWith("+") && !offset.startsWith("-")) {
      return offset;
    }
    return LocalDate.now(ServiceClient.AMSTERDAM).plusDays(Integer.parseInt(offset)).toString();
  }

  static long delta(JsonNode before, JsonNode after, String... path) {
    return at(after, path).asLong() - at(before, path).asLong();
  }

  static double deltaNumber(JsonNode before, JsonNode after, String... path) {
    return at(after, path).asDouble() - at(before, path).asDouble();
  }

  /** The node at a path of field names (which may hold "/" or "→"); a missing node counts as 0. */
  static JsonNode at(JsonNode node, String... path) {
    JsonNode current = node;
    for (String name : path) {
      current = current == null ? null : current.get(name);
    }
    return current == null ? Json.parse("0") : current;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.get(field).asText()));
    return texts;
  }
}
