package nl.gemeente.participatie.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The process routes an agreed route by {@link Route#nextStep()}; the decision table states the next
 * step of each route it proposes. Both must agree, or a policy change would route one way in the
 * advice and another in the process.
 */
class RouteNextStepTest {

  @Test
  void theDecisionTableAndTheProcessAgreeOnEveryRoutesNextStep() {
    DmnModelInstance model = Dmn.readModelFromFile(Path.of("dmn/participation-route.dmn").toFile());
    Decision routeChoice = model.getModelElementById("routeChoice");
    Map<Route, String> fromTable = new HashMap<>();
    for (Rule rule : routeChoice.getChildElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)
        .iterator().next().getRules()) {
      List<OutputEntry> outputs = List.copyOf(rule.getOutputEntries());
      Route route = Route.valueOf(unquote(outputs.get(0).getTextContent()));
      fromTable.put(route, unquote(outputs.get(1).getTextContent()));
    }

    assertThat(fromTable.keySet()).containsExactlyInAnyOrder(Route.values());
    fromTable.forEach((route, nextStep) -> assertThat(route.nextStep().name()).as(route.name()).isEqualTo(nextStep));
  }

  private static String unquote(String text) {
    return text.trim().replace("\"", "");
  }
}
