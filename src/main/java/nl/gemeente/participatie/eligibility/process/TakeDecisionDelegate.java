package nl.gemeente.participatie.eligibility.process;


import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Besluit vastleggen": the decision is final; {@code decision} tells the steps after it which it is. */
@Component("takeDecision")
class TakeDecisionDelegate implements JavaDelegate {

  static final String VAR_DECISION = "decision";

  private final EligibilityService eligibility;

  TakeDecisionDelegate(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    execution.setVariable(VAR_DECISION, eligibility.takeDecision(caseId).name());
  }
}
