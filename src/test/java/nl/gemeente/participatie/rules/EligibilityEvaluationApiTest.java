package nl.gemeente.participatie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The public evaluation interface of decision {@code eligibility}, as documented in dmn/README.md. */
@PostgresServiceTest
class EligibilityEvaluationApiTest {

  static final String EVALUATE = "/engine-rest/decision-definition/key/eligibility/evaluate";

  @Autowired TestRestTemplate rest;
  ServiceClient client;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
  }

  static Map<String, Object> standardApplicant() {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("applicationDate", "2025-03-03");
    inputs.put("reportDate", "2025-02-03");
    inputs.put("birthDate", "1990-04-01");
    inputs.put("residenceStatus", "DUTCH");
    inputs.put("livesInNetherlands", true);
    inputs.put("detained", false);
    inputs.put("evadingSentence", false);
    inputs.put("studentFinanceEligible", false);
    inputs.put("searchPeriodExempt", false);
    inputs.put("daysAbroadThisYear", 0);
    inputs.put("householdType", "SINGLE");
    inputs.put("costSharers", 0);
    inputs.put("monthlyIncome", 200.00);
    inputs.put("assets", 1000);
    return inputs;
  }

  static String body(Map<String, Object> inputs) {
    Map<String, Object> variables = new LinkedHashMap<>();
    inputs.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Json.write(Map.of("variables", variables));
  }

  @Test
  void policyStaffEvaluateAnEligibleApplicant() {
    ResponseEntity<String> response = client.exchange("policy", HttpMethod.POST, EVALUATE, body(standardApplicant()));

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    JsonNode result = Json.parse(response.getBody()).get(0);
    assertThat(result.get("eligible").get("value").asBoolean()).isTrue();
    assertThat(result.get("monthlyNorm").get("value").decimalValue()).isEqualByComparingTo("1345.45");
    assertThat(result.get("benefitAmount").get("value").decimalValue()).isEqualByComparingTo("1145.45");
    assertThat(result.get("reasons").get("value").isArray()).isTrue();
    assertThat(result.get("reasons").get("value")).isEmpty();
  }

  @Test
  void policyStaffSeeEveryReasonWithItsArticle() {
    Map<String, Object> inputs = standardApplicant();
    inputs.put("detained", true);
    inputs.put("assets", 8000);

    JsonNode result = Json.parse(client.exchange("policy", HttpMethod.POST, EVALUATE, body(inputs)).getBody()).get(0);

    assertThat(result.get("eligible").get("value").asBoolean()).isFalse();
    assertThat(result.get("reasons").get("value")).extracting(JsonNode::asText)
        .containsExactly("ART13_1A_DETAINED", "ART34_ASSETS_ABOVE_LIMIT");
  }

  @Test
  void otherGroupsCannotEvaluateRules() {
    assertThat(client.exchange("operator", HttpMethod.POST, EVALUATE, body(standardApplicant())).getStatusCode().value())
        .isEqualTo(403);
    assertThat(client.exchange("caseworker", HttpMethod.POST, EVALUATE, body(standardApplicant())).getStatusCode().value())
        .isIn(403, 404);
    assertThat(client.exchange(null, HttpMethod.POST, EVALUATE, body(standardApplicant())).getStatusCode().value())
        .isEqualTo(401);
  }
}
