package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;

import nl.gemeente.participatie.eligibility.EligibilityService;
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
    String caseId = (String) execution.getVariable(VAR_CASE_ID);
    execution.setVariable(VAR_DECISION, eligibility.file(caseId).decision().name());
  }
}
