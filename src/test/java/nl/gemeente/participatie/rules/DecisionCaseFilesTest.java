package nl.gemeente.participatie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.gemeente.participatie.models.ModelConventions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case file in {@code dmn/} against its decision, with the same DMN engine (FEEL) the
 * process engine uses. A failing row names the file, the line, the case and each output that
 * differs.
 */
class DecisionCaseFilesTest {

  static final Path DMN = Path.of("dmn");
  static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  /** Output columns per decision; a new case file adds its decision here. */
  static final Map<String, List<String>> OUTPUTS = Map.of(
      "eligibility", List.of("eligible", "reasons", "monthlyNorm", "benefitAmount"),
      "workObligations", List.of("obligations", "exemptUntil", "obligationsArticle", "languageRequirementApplies",
          "languageRequirement"),
      "participationRoute", List.of("route", "nextStep", "assessWageValue", "askUwvShelteredWorkAdvice", "jobCoaching",
          "debtReferral"),
      "providerSelection", List.of("partners", "priceCeilings"),
      "outflowDecision", List.of("outcome", "exemptionAmount", "supplementAmount", "exemptionMonthsLeft",
          "assessLoonkostensubsidie", "considerTrialPlacement"),
      "reviewRhythm", List.of("interval", "explanation"));

  /** List outputs whose order matters (a preference order); other lists compare as sets. */
  static final java.util.Set<String> ORDERED = java.util.Set.of("partners", "priceCeilings");

  /** Input types per column name; columns not listed are text. */
  static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("livesInNetherlands", "boolean"), Map.entry("detained", "boolean"),
      Map.entry("evadingSentence", "boolean"), Map.entry("studentFinanceEligible", "boolean"),
      Map.entry("searchPeriodExempt", "boolean"), Map.entry("daysAbroadThisYear", "integer"),
      Map.entry("monthlyIncome", "number"), Map.entry("assets", "number"),
      Map.entry("singleParentExemptionRequested", "boolean"), Map.entry("languageExempt", "boolean"),
      Map.entry("dutchLevel1F", "boolean"), Map.entry("wishesOwnBusiness", "boolean"), Map.entry("debtsReported", "boolean"),
      Map.entry("possiblyReducedWageValue", "boolean"), Map.entry("shelteredWorkNeeded", "boolean"),
      Map.entry("ladderRung", "integer"), Map.entry("hoursAvailable", "integer"), Map.entry("age", "integer"),
      Map.entry("under27", "boolean"), Map.entry("over55", "boolean"), Map.entry("languageNeed", "boolean"),
      Map.entry("monthlyNorm", "number"), Map.entry("netIncomeFromWork", "number"), Map.entry("otherNetIncome", "number"),
      Map.entry("exemptionMonthsUsed", "integer"), Map.entry("reducedWageValue", "boolean"),
      Map.entry("employerWantsTrial", "boolean"), Map.entry("inOutflow", "boolean"));

  @Test
  void everyDecisionWithOutputsHasACaseFile() {
    for (String decisionKey : OUTPUTS.keySet()) {
      assertThat(DMN.resolve(decisionKey + ".cases.csv")).exists();
    }
    assertThat(ModelConventions.files(DMN, ".cases.csv")).hasSize(OUTPUTS.size());
  }

  @TestFactory
  Stream<DynamicContainer> caseFiles() {
    return ModelConventions.files(DMN, ".cases.csv").stream().map(file -> {
      String decisionKey = file.getFileName().toString().replace(".cases.csv", "");
      DecisionCaseFile cases = DecisionCaseFile.read(file, OUTPUTS.getOrDefault(decisionKey, List.of()));
      DmnDecision decision = findDecision(decisionKey);
      return DynamicContainer.dynamicContainer(file.getFileName().toString(), cases.rows().stream()
          .map(row -> DynamicTest.dynamicTest("line " + row.line() + ": " + row.name(), () -> check(cases, decision, row))));
    });
  }

  private static void check(DecisionCaseFile cases, DmnDecision decision, DecisionCaseFile.Row row) {
    DmnDecisionResult result = ENGINE.evaluateDecision(decision, variables(row));
    assertThat(result.size()).as("%s line %d: one result expected", cases.file().getFileName(), row.line()).isEqualTo(1);
    Map<String, Object> actual = result.getSingleResult().getEntryMap();
    List<String> differences = new ArrayList<>();
    row.expected().forEach((output, expected) -> {
      if (!expected.isEmpty() && !matches(expected, actual.get(output), ORDERED.contains(output))) {
        differences.add(output + ": expected " + expected + " but was " + actual.get(output));
      }
    });
    assertThat(differences)
        .as("%s line %d (%s, %s)", cases.file().getFileName(), row.line(), row.name(), row.shows())
        .isEmpty();
  }

  static VariableMap variables(DecisionCaseFile.Row row) {
    VariableMap variables = Variables.createVariables();
    row.inputs().forEach((column, cell) -> variables.putValue(column, parse(column, cell)));
    return variables;
  }

  private static Object parse(String column, String cell) {
    if (cell == null || cell.equals("null")) {
      return null;
    }
    String type = column.startsWith("zrm") ? "integer" : TYPES.getOrDefault(column, "string");
    return switch (type) {
      case "boolean" -> Boolean.valueOf(cell);
      case "integer" -> Integer.valueOf(cell);
      case "number" -> Double.valueOf(cell);
      default -> cell;
    };
  }

  static boolean matches(String expected, Object actual, boolean ordered) {
    if (expected.equals("null")) {
      return actual == null;
    }
    if (actual instanceof Collection<?> list) {
      List<String> want = expected.equals("none") ? List.of() : Arrays.asList(expected.split("\\s+"));
      if (list.size() != want.size()) {
        return false;
      }
      List<Object> items = List.copyOf(list);
      for (int i = 0; i < want.size(); i++) {
        String wanted = want.get(i);
        boolean found = ordered ? matches(wanted, items.get(i), false)
            : items.stream().anyMatch(item -> matches(wanted, item, false));
        if (!found) {
          return false;
        }
      }
      return true;
    }
    if (actual instanceof Number number) {
      return new BigDecimal(expected).compareTo(new BigDecimal(number.toString())) == 0;
    }
    return expected.equals(String.valueOf(actual));
  }

  static DmnDecision findDecision(String key) {
    for (Path file : ModelConventions.files(DMN, ".dmn")) {
      try (InputStream in = new FileInputStream(file.toFile())) {
        Map<String, DmnDecision> byKey = new HashMap<>();
        ENGINE.parseDecisions(in).forEach(d -> byKey.put(d.getKey(), d));
        if (byKey.containsKey(key)) {
          return byKey.get(key);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new AssertionError("No decision " + key + " in " + DMN);
  }
}
