package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.NOT_PROCESSED;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.NOT_PROCESSED_REVIEW;

import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.eligibility.ReviewRejectedException;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Buiten behandeling vastleggen": after an unused hersteltermijn a person decides: not processed
 * (with reasons), or the information came in late after all and the application is assessed.
 */
@Component("recordNotProcessed")
class RecordNotProcessedDelegate implements JavaDelegate {

  record NotProcessedReview(String choice, String reasons) {}

  private final EligibilityService eligibility;
  private final JsonVariables json;

  RecordNotProcessedDelegate(EligibilityService eligibility, JsonVariables json) {
    this.eligibility = eligibility;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    NotProcessedReview review = json.read(execution, NOT_PROCESSED_REVIEW)
        .filter(r -> "NOT_PROCESSED".equals(r.choice()) || "RECEIVED_LATE".equals(r.choice()))
        .orElseThrow(() -> FormRejection.of("Kies: buiten behandeling stellen, of de gegevens zijn alsnog ontvangen."));
    boolean notProcessed = "NOT_PROCESSED".equals(review.choice());
    if (notProcessed) {
      try {
        eligibility.notProcessed(caseId, review.reasons(), CurrentUser.of(execution));
      } catch (ReviewRejectedException e) {
        throw FormRejection.of(e.getMessage());
      }
    }
    NOT_PROCESSED.on(execution).set(notProcessed);
  }
}
