package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.ADVICE_SUMMARY;

import nl.gemeente.participatie.eligibility.Advice;
import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Recht op bijstand toetsen": the rules advise; the advice goes to the caseworker's review. */
@Component("evaluateEligibility")
class EvaluateEligibilityDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final AdviceSummary summary;

  EvaluateEligibilityDelegate(EligibilityService eligibility, AdviceSummary summary) {
    this.eligibility = eligibility;
    this.summary = summary;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    Advice advice = eligibility.advise(caseId);
    // The advice itself is in pw_eligibility (EligibilityService.file); the review form shows its summary.
    ADVICE_SUMMARY.on(execution).set(summary.advice(advice, eligibility.file(caseId)));
  }
}
