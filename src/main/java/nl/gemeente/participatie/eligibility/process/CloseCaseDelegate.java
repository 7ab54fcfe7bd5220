package nl.gemeente.participatie.eligibility.process;


import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.CaseLifecycle;
import nl.gemeente.participatie.zaak.process.CaseKey;
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
  private final CaseLifecycle cases;

  CloseCaseDelegate(EligibilityService eligibility, CaseLifecycle cases) {
    this.eligibility = eligibility;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    cases.close(caseId, eligibility.decide(caseId));
  }
}
