package nl.gemeente.participatie.outflow.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.gemeente.participatie.outflow.OutflowOutcome;
import nl.gemeente.participatie.outflow.OutflowProposal;
import nl.gemeente.participatie.outflow.OutflowRules;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Decision {@code outflowDecision} (dmn/outflow-decision.dmn), evaluated by the engine. */
@Component
class CamundaOutflowRules implements OutflowRules {

  static final String DECISION = "outflowDecision";

  private final DecisionService decisionService;

  CamundaOutflowRules(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public OutflowProposal propose(LocalDate decisionDate, BigDecimal monthlyNorm, BigDecimal netIncomeFromWork,
      BigDecimal otherNetIncome, int exemptionMonthsUsed, boolean reducedWageValue, boolean employerWantsTrial) {
    Map<String, Object> result = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables()
            .putValue("decisionDate", decisionDate.toString())
            .putValue("monthlyNorm", monthlyNorm.doubleValue())
            .putValue("netIncomeFromWork", netIncomeFromWork.doubleValue())
            .putValue("otherNetIncome", otherNetIncome.doubleValue())
            .putValue("exemptionMonthsUsed", exemptionMonthsUsed)
            .putValue("reducedWageValue", reducedWageValue)
            .putValue("employerWantsTrial", employerWantsTrial))
        .evaluate().getSingleResult().getEntryMap();
    return new OutflowProposal(
        OutflowOutcome.valueOf((String) result.get("outcome")),
        money(result.get("exemptionAmount")),
        money(result.get("supplementAmount")),
        ((Number) result.get("exemptionMonthsLeft")).intValue(),
        Boolean.TRUE.equals(result.get("assessLoonkostensubsidie")),
        Boolean.TRUE.equals(result.get("considerTrialPlacement")));
  }

  private static BigDecimal money(Object value) {
    return new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
