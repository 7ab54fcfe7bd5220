package nl.gemeente.participatie.assessment.process;


import nl.gemeente.participatie.assessment.DebtReferralService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Aanmelden bij schuldhulpverlening" (async, partner retry cycle), beside the route to work. */
@Component("referDebtAssistance")
class ReferDebtAssistanceDelegate implements JavaDelegate {

  private final DebtReferralService referrals;

  ReferDebtAssistanceDelegate(DebtReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    PartnerCall.forCase(caseId, () -> referrals.refer(caseId));
  }
}
