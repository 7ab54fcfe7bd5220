package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;

import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.intake.IntakeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Besluit vastleggen": the decision is final. Until the registration in ZGW, the payment and the
 * assessment stage exist, the case closes with it.
 */
@Component("takeDecision")
class TakeDecisionDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final IntakeService cases;

  TakeDecisionDelegate(EligibilityService eligibility, IntakeService cases) {
    this.eligibility = eligibility;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(VAR_CASE_ID);
    cases.close(caseId, eligibility.decide(caseId));
  }
}
