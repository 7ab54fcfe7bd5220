package nl.gemeente.participatie.assessment.process;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import nl.gemeente.participatie.assessment.DebtReferralService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Hands a debt-assistance answer to the case that waits for it (message "DebtAssistanceAnswer"). */
@Component
public class DebtAssistanceAnswers {

  private final RuntimeService runtimeService;

  DebtAssistanceAnswers(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** @throws org.camunda.bpm.engine.MismatchingMessageCorrelationException when the case does not wait for it */
  public void deliver(DebtReferralService.Referral referral) {
    runtimeService.createMessageCorrelation(AssessmentProcess.MESSAGE_DEBT_ASSISTANCE_ANSWER)
        .processInstanceBusinessKey(referral.caseId())
        .setVariables(CamundaBpmData.builder()
            .set(AssessmentProcess.DEBT_ASSISTANCE_STATUS, referral.status().name()).build())
        .correlateWithResult();
  }
}
