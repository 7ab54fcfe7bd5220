package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.ADVICE_OF_EARLIER_VERSIONS;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.ADVICE_SUMMARY;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.DECISION;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.DECISION_SUMMARY;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.REVIEW;

import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import nl.gemeente.participatie.zaak.process.CaseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Besluit vastleggen": the decision is final; {@code decision} tells the steps after it which it is.
 * What the review and approval forms showed (the advice's and the decision's summaries) and what the
 * review form submitted are removed now: the decision and the advice are in {@code pw_eligibility},
 * and a summary left on the case would show an outdated decision once a signal's recomputation
 * changed the benefit.
 */
@Component("takeDecision")
class TakeDecisionDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final JsonVariables json;

  TakeDecisionDelegate(EligibilityService eligibility, JsonVariables json) {
    this.eligibility = eligibility;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    DECISION.on(execution).set(eligibility.takeDecision(caseId).name());
    ADVICE_SUMMARY.on(execution).remove();
    DECISION_SUMMARY.on(execution).remove();
    json.remove(execution, REVIEW);
    json.remove(execution, ADVICE_OF_EARLIER_VERSIONS);
  }
}
