package nl.gemeente.participatie.eligibility.process;


import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Inlichtingenbureau raadplegen" (behind an async continuation with the partner retry cycle). */
@Component("checkBenefitsRegister")
class CheckBenefitsRegisterDelegate implements JavaDelegate {

  private final EligibilityService eligibility;

  CheckBenefitsRegisterDelegate(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    PartnerCall.forCase(caseId, () -> eligibility.checkBenefitsRegister(caseId));
  }
}
