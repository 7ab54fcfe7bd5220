package nl.gemeente.participatie.eligibility.process;


import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Persoonsgegevens opvragen bij BRP" (behind an async continuation with the partner retry cycle). */
@Component("fetchPersonData")
class FetchPersonDataDelegate implements JavaDelegate {

  private final EligibilityService eligibility;

  FetchPersonDataDelegate(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    PartnerCall.forCase(caseId, () -> eligibility.fetchPerson(caseId));
  }
}
