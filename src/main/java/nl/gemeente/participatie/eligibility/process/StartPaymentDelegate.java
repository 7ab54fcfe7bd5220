package nl.gemeente.participatie.eligibility.process;


import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Uitkering starten" in the benefits administration (async, partner retry cycle). */
@Component("startPayment")
class StartPaymentDelegate implements JavaDelegate {

  private final EligibilityService eligibility;

  StartPaymentDelegate(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    PartnerCall.forCase(caseId, () -> eligibility.startPayment(caseId));
  }
}
