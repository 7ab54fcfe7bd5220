package nl.gemeente.participatie.rules;

import static nl.gemeente.participatie.support.RuleCandidates.CHANGE_DATE;
import static nl.gemeente.participatie.support.RuleCandidates.NEW_SINGLE_NORM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.RuleCandidates;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Publishing rules without a release (issue 8): checked against the case files, refused with the
 * failing rows, published with a version tag and a note of who and why, used by new evaluations, and
 * a June application still judged with June figures after a July table is published.
 */
@PostgresServiceTest
class RulePublicationApiTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired DecisionService decisionService;
  @Autowired HistoryService historyService;
  @Autowired RulePublications publications;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  CaseDriver driver;
  int versionBefore;

  @BeforeEach
  void setUp() {
    driver = new CaseDriver(processEngine, new ServiceClient(rest));
    versionBefore = latest("eligibility").getVersion();
  }

  /** Other tests in this JVM run on today's date; the shipped rules are published again after each test. */
  @AfterEach
  void publishTheShippedRulesAgain() {
    if (latest("eligibility").getVersion() != versionBefore) {
      publications.publish(java.util.List.of(new RulePublications.Upload("eligibility.dmn",
          RuleCandidates.eligibilityDmn().getBytes(StandardCharsets.UTF_8))), java.util.List.of(),
          "Tests: de meegeleverde regels terug", "test-restore", "test");
    }
  }

  @Test
  void aCandidateThatBreaksACaseIsRefusedWithTheRowNamedAndNothingIsPublished() {
    ResponseEntity<String> refused = post("policy", "/api/rules/deployments",
        RuleCandidates.eligibilityWithNewSingleNorm(), null, "Norm per 1 juli 2027");

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    JsonNode body = Json.parse(refused.getBody());
    assertThat(body.get("report").asText()).contains("eligibility.dmn: NIET GOED",
        "regel 7 (AOW age 67y3m from 2028 not yet): monthlyNorm verwacht 1401.50 maar was 1450");
    JsonNode failure = body.get("failures").get(0);
    assertThat(failure.get("file").asText()).isEqualTo("eligibility.cases.csv");
    assertThat(failure.get("line").asInt()).isEqualTo(7);
    assertThat(failure.get("differences").get(0).asText()).startsWith("monthlyNorm verwacht 1401.50");
    assertThat(latest("eligibility").getVersion()).isEqualTo(versionBefore);
  }

  @Test
  void theCheckSaysInPlainWordsWhatFailsWithoutPublishing() {
    ResponseEntity<String> checked = post("policy", "/api/rules/check", RuleCandidates.eligibilityWithNewSingleNorm(), null, null);
    assertThat(checked.getStatusCode().value()).isEqualTo(200);
    assertThat(Json.parse(checked.getBody()).get("passed").asBoolean()).isFalse();
    assertThat(Json.parse(checked.getBody()).get("report").asText()).contains("regel 7");

    ResponseEntity<String> withCases = post("policy", "/api/rules/check", RuleCandidates.eligibilityWithNewSingleNorm(),
        RuleCandidates.eligibilityCasesForNewSingleNorm(), null);
    assertThat(Json.parse(withCases.getBody()).get("passed").asBoolean()).isTrue();
    assertThat(Json.parse(withCases.getBody()).get("report").asText()).contains("87 gevallen in eligibility.cases.csv, alle goed");
    assertThat(latest("eligibility").getVersion()).isEqualTo(versionBefore);
  }

  @Test
  void aValidCandidateIsPublishedUsedByNewEvaluationsAndJuneApplicationsKeepJuneFigures() {
    ResponseEntity<String> published = post("policy", "/api/rules/deployments", RuleCandidates.eligibilityWithNewSingleNorm(),
        RuleCandidates.eligibilityCasesForNewSingleNorm(), "Norm alleenstaande per 1 juli 2027 (Staatscourant)");

    assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(201);
    JsonNode body = Json.parse(published.getBody());
    DecisionDefinition eligibility = latest("eligibility");
    assertThat(eligibility.getVersion()).isEqualTo(versionBefore + 1);
    assertThat(eligibility.getVersionTag()).isEqualTo("norm-2027-07");
    assertThat(body.get("versionTag").asText()).isEqualTo("norm-2027-07");
    assertThat(jdbc.queryForMap("select published_by, reason, version_tag from pw_rule_publication "
        + "where decision_key = 'eligibility' and decision_version = ?", eligibility.getVersion()))
        .containsEntry("published_by", "policy").containsEntry("version_tag", "norm-2027-07")
        .containsEntry("reason", "Norm alleenstaande per 1 juli 2027 (Staatscourant)");

    // New evaluations use the published table: the figures valid on the application date.
    assertThat(norm("2027-06-30")).isEqualTo(1401.50);
    assertThat(norm(CHANGE_DATE)).isEqualTo(Double.parseDouble(NEW_SINGLE_NORM));

    // An application made now (before the change) is judged with the figures of its own date.
    String caseId = driver.applyFor(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    assertThat(((java.math.BigDecimal) driver.advice(caseId).get("monthly_norm")).doubleValue()).isEqualTo(1401.50);
    var evaluation = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("eligibility")
        .orderByEvaluationTime().desc().listPage(0, 1).get(0);
    assertThat(evaluation.getDecisionDefinitionId()).isEqualTo(eligibility.getId());
  }

  @Test
  void onlyPolicyStaffPublishAndBadUploadsAreRefused() {
    String dmn = RuleCandidates.eligibilityDmn();
    assertThat(post("caseworker", "/api/rules/deployments", dmn, null, "x").getStatusCode().value()).isEqualTo(403);
    assertThat(post("operator", "/api/rules/check", dmn, null, null).getStatusCode().value()).isEqualTo(403);
    assertThat(post(null, "/api/rules/deployments", dmn, null, "x").getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> noReason = post("policy", "/api/rules/deployments", dmn, null, " ");
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(noReason.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("reason");
    ResponseEntity<String> noDmn = post("policy", "/api/rules/deployments", null, null, "x");
    assertThat(noDmn.getStatusCode().value()).isEqualTo(400);
    assertThat(latest("eligibility").getVersion()).isEqualTo(versionBefore);
  }

  @Test
  void camundaModelerDeploysThroughTheEngineRestApiForPolicyStaffOnly() {
    ResponseEntity<String> modeler = modelerDeploy("policy");
    assertThat(modeler.getStatusCode().value()).as(modeler.getBody()).isEqualTo(200);
    assertThat(latest("eligibility").getVersion()).isEqualTo(versionBefore + 1);

    assertThat(modelerDeploy("caseworker").getStatusCode().value()).isEqualTo(403);
    assertThat(modelerDeploy("operator").getStatusCode().value()).isEqualTo(403);
    assertThat(latest("eligibility").getVersion()).isEqualTo(versionBefore + 1);
  }

  /** What Camunda Modeler sends when deploying: POST /engine-rest/deployment/create, multipart. */
  private ResponseEntity<String> modelerDeploy(String user) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "eligibility");
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "false");
    parts.add("data", file("eligibility.dmn", RuleCandidates.eligibilityDmn().replace("Recht op bijstand\"",
        "Recht op bijstand (Modeler)\"")));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth(user, user);
    return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  private double norm(String applicationDate) {
    return ((Number) decisionService.evaluateDecisionByKey("eligibility").variables(Variables.createVariables()
        .putValue("applicationDate", applicationDate).putValue("reportDate", "2027-06-01").putValue("birthDate", "1990-04-01")
        .putValue("residenceStatus", "DUTCH").putValue("livesInNetherlands", true).putValue("detained", false)
        .putValue("evadingSentence", false).putValue("studentFinanceEligible", false).putValue("searchPeriodExempt", false)
        .putValue("daysAbroadThisYear", 0).putValue("householdType", "SINGLE").putValue("costSharers", 0).putValue("monthlyIncome", 0.0)
        .putValue("assets", 0.0))
        .evaluate().getSingleResult().getEntry("monthlyNorm")).doubleValue();
  }

  private DecisionDefinition latest(String key) {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
  }

  private ResponseEntity<String> post(String user, String path, String dmn, String cases, String reason) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (dmn != null) {
      parts.add("dmn", file("eligibility.dmn", dmn));
    }
    if (cases != null) {
      parts.add("cases", file("eligibility.cases.csv", cases));
    }
    if (reason != null) {
      parts.add("reason", reason);
      parts.add("versionTag", "norm-2027-07");
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  private static HttpEntity<ByteArrayResource> file(String name, String content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDispositionFormData(name.endsWith(".cases.csv") ? "cases" : "dmn", name);
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    return new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    }, headers);
  }
}
