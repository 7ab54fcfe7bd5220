package nl.gemeente.participatie.inview.process;

import java.time.Period;
import java.util.Map;
import nl.gemeente.participatie.inview.ReviewRules;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Decision {@code reviewRhythm} (dmn/review-rhythm.dmn), evaluated by the engine. */
@Component
class CamundaReviewRules implements ReviewRules {

  static final String DECISION = "reviewRhythm";

  private final DecisionService decisionService;

  CamundaReviewRules(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public Rhythm rhythm(String route, String obligations, boolean inOutflow) {
    Map<String, Object> result = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables()
            .putValue("route", route)
            .putValue("obligations", obligations)
            .putValue("inOutflow", inOutflow))
        .evaluate().getSingleResult().getEntryMap();
    return new Rhythm(Period.parse((String) result.get("interval")), (String) result.get("explanation"));
  }
}
