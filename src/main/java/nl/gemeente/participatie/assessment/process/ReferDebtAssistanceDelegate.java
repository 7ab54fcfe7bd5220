package nl.gemeente.participatie.assessment.process;

import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;

import nl.gemeente.participatie.assessment.DebtReferralService;
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
    String caseId = (String) execution.getVariable(VAR_CASE_ID);
    PartnerCall.forCase(caseId, () -> referrals.refer(caseId));
  }
}
