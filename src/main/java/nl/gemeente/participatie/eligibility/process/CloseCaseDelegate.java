package nl.gemeente.participatie.eligibility.process;


import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.intake.IntakeService;
import nl.gemeente.participatie.platform.camunda.CaseKey;
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
    String caseId = CaseKey.of(execution);
    cases.close(caseId, eligibility.decide(caseId));
  }
}
