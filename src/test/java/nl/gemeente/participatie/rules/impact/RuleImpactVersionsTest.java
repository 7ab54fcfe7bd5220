package nl.gemeente.participatie.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The impact of a candidate over evaluations of two versions of a decision only this test deploys
 * ({@code impactProbe}), so the counts are exact: a version whose history lacks an input (used only
 * inside a literal expression) cannot be replayed and is counted apart; a version that records it
 * can, also from a column {@code date(x)} and from a column of a required decision. A candidate that
 * fails on some inputs is counted as failed.
 */
@PostgresServiceTest
class RuleImpactVersionsTest {

  static final String KEY = "impactProbe";

  @Autowired RepositoryService repository;
  @Autowired DecisionService decisions;
  @Autowired TestRestTemplate rest;

  /**
   * Decision {@code impactProbe}: band YOUNG under {@code threshold}, else OLD; limit amount x factor,
   * the factor from required decision {@code impactProbeKind} (kind A: 2, else 3); the age from the
   * literal expression {@code impactProbeAge} (birth date, on date). With {@code facts}, the root table
   * also records {@code birthDate} and {@code date(onDate)}.
   */
  static String probe(int threshold, String oldLimit, boolean facts) {
    String factInputs = facts ? """
              <input id="Input_impactProbe_BirthDate" label="Geboortedatum">
                <inputExpression id="InputExpression_impactProbe_BirthDate"><text>birthDate</text></inputExpression>
              </input>
              <input id="Input_impactProbe_OnDate" label="Peildatum">
                <inputExpression id="InputExpression_impactProbe_OnDate"><text>date(onDate)</text></inputExpression>
              </input>
        """ : "";
    String factEntries = facts ? "<inputEntry id=\"IE_%1$s_3\"><text>-</text></inputEntry>"
        + "<inputEntry id=\"IE_%1$s_4\"><text>-</text></inputEntry>" : "";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="impactProbeRules" name="Impactproef" namespace="urn:participatie:test:impact-probe">
          <decision id="impactProbeAge" name="Leeftijd" camunda:historyTimeToLive="1">
            <variable id="Variable_impactProbeAge" name="age" />
            <literalExpression id="LiteralExpression_impactProbeAge">
              <text>years and months duration(date(birthDate), date(onDate)).years</text>
            </literalExpression>
          </decision>
          <decision id="impactProbeKind" name="Soort" camunda:historyTimeToLive="1">
            <decisionTable id="DecisionTable_impactProbeKind">
              <input id="Input_impactProbeKind_Kind" label="Soort">
                <inputExpression id="InputExpression_impactProbeKind_Kind" typeRef="string"><text>kind</text></inputExpression>
              </input>
              <output id="Output_impactProbeKind_Factor" label="Factor" name="factor" typeRef="integer" />
              <rule id="Rule_impactProbeKind_1">
                <inputEntry id="IE_kind_1"><text>"A"</text></inputEntry><outputEntry id="OE_kind_1"><text>2</text></outputEntry>
              </rule>
              <rule id="Rule_impactProbeKind_2">
                <inputEntry id="IE_kind_2"><text>not("A")</text></inputEntry><outputEntry id="OE_kind_2"><text>3</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
          <decision id="impactProbe" name="Proef" camunda:historyTimeToLive="1">
            <informationRequirement id="IR_impactProbe_age"><requiredDecision href="#impactProbeAge" /></informationRequirement>
            <informationRequirement id="IR_impactProbe_kind"><requiredDecision href="#impactProbeKind" /></informationRequirement>
            <decisionTable id="DecisionTable_impactProbe" hitPolicy="FIRST">
              <input id="Input_impactProbe_Age" label="Leeftijd">
                <inputExpression id="InputExpression_impactProbe_Age" typeRef="integer"><text>age</text></inputExpression>
              </input>
              <input id="Input_impactProbe_Amount" label="Bedrag">
                <inputExpression id="InputExpression_impactProbe_Amount"><text>amount</text></inputExpression>
              </input>
        %s
              <output id="Output_impactProbe_Band" label="Groep" name="band" typeRef="string" />
              <output id="Output_impactProbe_Limit" label="Grens" name="limit" typeRef="double" />
              <rule id="Rule_impactProbe_1">
                <inputEntry id="IE_1_1"><text>&lt; %d</text></inputEntry><inputEntry id="IE_1_2"><text>-</text></inputEntry>%s
                <outputEntry id="OE_1_1"><text>"YOUNG"</text></outputEntry><outputEntry id="OE_1_2"><text>amount * factor</text></outputEntry>
              </rule>
              <rule id="Rule_impactProbe_2">
                <inputEntry id="IE_2_1"><text>&gt;= %d</text></inputEntry><inputEntry id="IE_2_2"><text>-</text></inputEntry>%s
                <outputEntry id="OE_2_1"><text>"OLD"</text></outputEntry><outputEntry id="OE_2_2"><text>%s</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(factInputs, threshold, factEntries.formatted("1"), threshold, factEntries.formatted("2"), oldLimit);
  }

  int deploy(String dmn) {
    List<DecisionDefinition> deployed = repository.createDeployment().name("impact-probe-test")
        .addString("impact-probe.dmn", dmn).deployWithResult().getDeployedDecisionDefinitions();
    return deployed.stream().filter(d -> d.getKey().equals(KEY)).findFirst().orElseThrow().getVersion();
  }

  void evaluate(String birthDate, String kind) {
    decisions.evaluateDecisionByKey(KEY).variables(Variables.createVariables().putValue("birthDate", birthDate)
        .putValue("onDate", "2026-06-30").putValue("kind", kind).putValue("amount", 100)).evaluate();
  }

  @Test
  void versionsWhoseHistoryLacksAnInputAreCountedApart() {
    int withoutFacts = deploy(probe(30, "amount * factor", false));
    evaluate("2001-01-01", "A"); // 25: YOUNG, 200
    evaluate("1991-01-01", "A"); // 35: OLD, 200
    evaluate("1981-01-01", "B"); // 45: OLD, 300
    int withFacts = deploy(probe(30, "amount * factor", true));
    evaluate("2001-01-01", "A"); // 25: YOUNG, 200
    evaluate("1991-01-01", "B"); // 35: OLD, 300 -> YOUNG under 40
    evaluate("1981-01-01", "A"); // 45: OLD, 200
    evaluate("1971-01-01", "B"); // 55: OLD, 300
    LocalDate today = LocalDate.now(ServiceClient.AMSTERDAM);
    ImpactRequests impact = new ImpactRequests(rest);

    JsonNode report = impact.report(KEY, probe(40, "amount * factor", true), today.minusDays(1).toString(),
        today.plusDays(1).toString());

    assertThat(report.get("latestVersion").asInt()).isEqualTo(withFacts);
    assertThat(report.get("evaluations").asLong()).isEqualTo(7);
    assertThat(report.get("notReproducible").asLong()).isEqualTo(3);
    assertThat(report.get("reEvaluated").asLong()).isEqualTo(4);
    assertThat(report.get("changed").asLong()).isEqualTo(1);
    assertThat(report.get("unchanged").asLong()).isEqualTo(3);
    assertThat(report.get("failed").asLong()).isZero();
    assertThat(report.get("versionsSeen")).hasSize(2);
    assertThat(report.at("/versionsSeen/0/version").asInt()).isEqualTo(withoutFacts);
    assertThat(report.at("/versionsSeen/0/evaluations").asLong()).isEqualTo(3);
    assertThat(report.at("/versionsSeen/0/notReproducible").asLong()).isEqualTo(3);
    assertThat(report.at("/versionsSeen/1/version").asInt()).isEqualTo(withFacts);
    assertThat(report.at("/versionsSeen/1/evaluations").asLong()).isEqualTo(4);
    assertThat(report.at("/versionsSeen/1/notReproducible").asLong()).isZero();
    assertThat(report.at("/outputs/band/type").asText()).isEqualTo("text");
    assertThat(report.at("/outputs/band/changed").asLong()).isEqualTo(1);
    assertThat(report.at("/outputs/band/transitions").properties()).hasSize(1);
    assertThat(report.at("/outputs/band/transitions/OLD→YOUNG").asLong()).isEqualTo(1);
    assertThat(report.at("/outputs/band/otherTransitions").asLong()).isZero();
    assertThat(report.at("/outputs/limit/changed").asLong()).isZero();
    assertThat(report.get("exampleCaseIds")).isEmpty();

    // Rule 2's limit is not valid FEEL: the three evaluations of 30 and over fail.
    JsonNode failing = impact.report(KEY, probe(30, "amount * factor *", true),
        today.minusDays(1).toString(), today.plusDays(1).toString());

    assertThat(failing.get("failed").asLong()).isEqualTo(3);
    assertThat(failing.get("unchanged").asLong()).isEqualTo(1);
    assertThat(failing.get("changed").asLong()).isZero();
    assertThat(failing.get("notReproducible").asLong()).isEqualTo(3);
  }
}
