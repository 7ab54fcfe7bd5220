package nl.gemeente.participatie.trajectory.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.trajectory.ProviderRules;
import nl.gemeente.participatie.trajectory.ProviderSelection;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Decision {@code providerSelection} (dmn/provider-selection.dmn), evaluated by the engine. */
@Component
class CamundaProviderRules implements ProviderRules {

  static final String DECISION = "providerSelection";

  private final DecisionService decisionService;

  CamundaProviderRules(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public List<ProviderSelection.Candidate> partners(TargetGroup group) {
    Map<String, Object> result = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables()
            .putValue("trajectoryType", group.trajectoryType())
            .putValue("under27", group.under27())
            .putValue("over55", group.over55())
            .putValue("languageNeed", group.languageNeed())
            .putValue("region", group.region()))
        .evaluate().getSingleResult().getEntryMap();
    List<?> partners = (List<?>) result.get("partners");
    List<?> ceilings = (List<?>) result.get("priceCeilings");
    List<?> contracts = (List<?>) result.get("contracts");
    List<ProviderSelection.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < partners.size(); i++) {
      candidates.add(new ProviderSelection.Candidate(String.valueOf(partners.get(i)),
          new BigDecimal(String.valueOf(ceilings.get(i))), String.valueOf(contracts.get(i))));
    }
    return candidates;
  }
}
