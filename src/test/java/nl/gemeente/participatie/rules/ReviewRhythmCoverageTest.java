package nl.gemeente.participatie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.gemeente.participatie.assessment.Route;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * Keeps decision {@code reviewRhythm} in step with the values it reads: every route of
 * {@link Route} and every {@code obligations} value decision {@code workObligations} can give
 * (and no value yet) gets exactly one rhythm, and every exemption among them is reviewed yearly.
 * The table has no catch-all row on purpose, so a new route or obligations value fails here
 * instead of silently getting a rhythm.
 */
class ReviewRhythmCoverageTest {

  static final DmnDecision REVIEW_RHYTHM = DecisionCaseFilesTest.findDecision("reviewRhythm");

  @Test
  void everyCombinationOfKnownValuesGetsOneRhythm() {
    List<String> routes = new ArrayList<>(Arrays.stream(Route.values()).map(Route::name).toList());
    routes.add(null);
    List<String> obligations = new ArrayList<>(obligationValues());
    obligations.add(null);

    List<String> missing = new ArrayList<>();
    for (Boolean inOutflow : new Boolean[] {true, false}) {
      for (String obligation : obligations) {
        for (String route : routes) {
          DmnDecisionResult result = evaluate(inOutflow, obligation, route);
          if (result.size() != 1) {
            missing.add(inOutflow + "/" + obligation + "/" + route);
            continue;
          }
          String interval = result.getSingleResult().getEntry("interval");
          assertThat(Period.parse(interval)).as("interval %s", interval).isPositive();
          assertThat((String) result.getSingleResult().getEntry("explanation")).isNotBlank();
        }
      }
    }
    assertThat(missing).as("combinations without a rhythm (inOutflow/obligations/route)").isEmpty();
  }

  @Test
  void everyExemptionOfWorkObligationsIsReviewedYearly() {
    Set<String> exemptions = new LinkedHashSet<>();
    for (String value : obligationValues()) {
      if (value.contains("EXEMPTION")) {
        exemptions.add(value);
      }
    }
    assertThat(exemptions).isNotEmpty();
    for (String exemption : exemptions) {
      String interval = evaluate(false, exemption, Route.DIRECT_MEDIATION.name()).getSingleResult()
          .getEntry("interval");
      assertThat(interval).as(exemption).isEqualTo("P12M");
    }
  }

  @Test
  void anUnknownRouteGetsNoRhythm() {
    assertThat(evaluate(false, "FULL", "NO_SUCH_ROUTE")).isEmpty();
  }

  private static DmnDecisionResult evaluate(Boolean inOutflow, String obligations, String route) {
    return DecisionCaseFilesTest.ENGINE.evaluateDecision(REVIEW_RHYTHM, Variables.createVariables()
        .putValue("inOutflow", inOutflow).putValue("obligations", obligations).putValue("route", route));
  }

  /** The string values of output {@code obligations} in decision {@code obligationStatus} of work-obligations.dmn. */
  static Set<String> obligationValues() {
    DmnModelInstance model = Dmn.readModelFromFile(Path.of("dmn/work-obligations.dmn").toFile());
    Decision decision = model.getModelElementById("obligationStatus");
    DecisionTable table = decision.getChildElementsByType(DecisionTable.class).iterator().next();
    List<Output> outputs = List.copyOf(table.getOutputs());
    int column = -1;
    for (int i = 0; i < outputs.size(); i++) {
      if ("obligations".equals(outputs.get(i).getName())) {
        column = i;
      }
    }
    assertThat(column).as("output obligations in obligationStatus").isNotNegative();
    Set<String> values = new LinkedHashSet<>();
    for (Rule rule : table.getRules()) {
      String text = List.copyOf(rule.getOutputEntries()).get(column).getText().getTextContent().trim();
      assertThat(text).as("obligations output is a string literal").startsWith("\"").endsWith("\"");
      values.add(text.substring(1, text.length() - 1));
    }
    return values;
  }
}
