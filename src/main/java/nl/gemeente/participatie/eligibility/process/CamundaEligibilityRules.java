package nl.gemeente.participatie.eligibility.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.eligibility.Advice;
import nl.gemeente.participatie.eligibility.EligibilityInput;
import nl.gemeente.participatie.eligibility.EligibilityRules;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The rules of {@code dmn/eligibility.dmn}, evaluated by the engine: the latest deployed version,
 * whose norms and limits are chosen by the application date inside the rules. Each evaluation is
 * kept in the engine's decision history (audit), which therefore holds the inputs.
 */
@Component
class CamundaEligibilityRules implements EligibilityRules {

  static final String ELIGIBILITY = "eligibility";
  static final String SEARCH_PERIOD = "searchPeriod";

  private final DecisionService decisionService;

  CamundaEligibilityRules(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public Advice advise(EligibilityInput input) {
    VariableMap variables = Variables.createVariables()
        .putValue("applicationDate", iso(input.applicationDate()))
        .putValue("reportDate", iso(input.reportDate()))
        .putValue("birthDate", iso(input.birthDate()))
        .putValue("residenceStatus", input.residenceStatus() == null ? null : input.residenceStatus().name())
        .putValue("livesInNetherlands", input.livesInNetherlands())
        .putValue("detained", input.detained())
        .putValue("evadingSentence", input.evadingSentence())
        .putValue("studentFinanceEligible", input.studentFinanceEligible())
        .putValue("searchPeriodExempt", input.searchPeriodExempt())
        .putValue("daysAbroadThisYear", input.daysAbroadThisYear())
        .putValue("householdType", input.householdType())
        .putValue("costSharers", input.costSharers())
        .putValue("monthlyIncome", input.monthlyIncome() == null ? null : input.monthlyIncome().doubleValue())
        .putValue("assets", input.assets() == null ? null : input.assets().doubleValue())
        .putValue("partnerInBrp", input.partnerInBrp())
        .putValue("partnerMonthlyIncome",
            input.partnerMonthlyIncome() == null ? null : input.partnerMonthlyIncome().doubleValue())
        .putValue("partnerBirthDate", iso(input.partnerBirthDate()));
    DmnDecisionResult result = decisionService.evaluateDecisionByKey(ELIGIBILITY).variables(variables).evaluate();
    Map<String, Object> outputs = result.getSingleResult().getEntryMap();
    List<String> reasons = ((List<?>) outputs.get("reasons")).stream().map(String::valueOf).toList();
    return new Advice(Boolean.TRUE.equals(outputs.get("eligible")), reasons,
        money(outputs.get("monthlyNorm")), money(outputs.get("benefitAmount")), money(outputs.get("costSharingBase")));
  }

  @Override
  public boolean searchPeriodRuns(LocalDate birthDate, LocalDate reportDate, LocalDate applicationDate, boolean exempt) {
    DmnDecisionResult result = decisionService.evaluateDecisionByKey(SEARCH_PERIOD)
        .variables(Variables.createVariables()
            .putValue("birthDate", iso(birthDate))
            .putValue("reportDate", iso(reportDate))
            .putValue("applicationDate", iso(applicationDate))
            .putValue("searchPeriodExempt", exempt))
        .evaluate();
    return !result.collectEntries("searchPeriodReasons").isEmpty();
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static BigDecimal money(Object value) {
    return value == null ? null : new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
