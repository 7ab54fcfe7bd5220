package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;

import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.intake.IntakeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Zaak afsluiten": until the assessment stage (route to work) exists, the case closes with its
 * decision.
 */
@Component("closeCaseWithDecision")
class CloseCaseDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final IntakeService cases;

  CloseCaseDelegate(EligibilityService eligibility, IntakeService cases) {
    this.eligibility = eligibility;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(VAR_CASE_ID);
    cases.close(caseId, eligibility.decide(caseId));
  }
}
