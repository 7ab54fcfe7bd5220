package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.VAR_ADVICE;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.VAR_ADVICE_SUMMARY;

import nl.gemeente.participatie.eligibility.Advice;
import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** "Recht op bijstand toetsen": the rules advise; the advice goes to the caseworker's review. */
@Component("evaluateEligibility")
class EvaluateEligibilityDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final AdviceSummary summary;
  private final JsonVariables json;

  EvaluateEligibilityDelegate(EligibilityService eligibility, AdviceSummary summary, JsonVariables json) {
    this.eligibility = eligibility;
    this.summary = summary;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    Advice advice = eligibility.advise(caseId);
    execution.setVariable(VAR_ADVICE, SpinValues.jsonValue(json.write(advice)).create());
    execution.setVariable(VAR_ADVICE_SUMMARY, summary.advice(advice, eligibility.file(caseId)));
  }
}
