package nl.gemeente.participatie.assessment.process;

import nl.gemeente.participatie.assessment.DebtReferralService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Hands a debt-assistance answer to the case that waits for it (message "DebtAssistanceAnswer"). */
@Component
public class DebtAssistanceAnswers {

  static final String MESSAGE = "DebtAssistanceAnswer";
  static final String VAR_STATUS = "debtAssistanceStatus";

  private final RuntimeService runtimeService;

  DebtAssistanceAnswers(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** @throws org.camunda.bpm.engine.MismatchingMessageCorrelationException when the case does not wait for it */
  public void deliver(DebtReferralService.Referral referral) {
    runtimeService.createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(referral.caseId())
        .setVariable(VAR_STATUS, referral.status().name())
        .correlateWithResult();
  }
}
