package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.VAR_DECISION_SUMMARY;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.VAR_NEEDS_SECOND_APPROVAL;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.VAR_REVIEW;
import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;

import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.eligibility.Review;
import nl.gemeente.participatie.eligibility.ReviewRejectedException;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Beoordeling vastleggen": the caseworker's decision on the advice, in the transaction that
 * completes the review task (a rejection keeps the task open, with the Dutch message in Tasklist).
 */
@Component("recordReview")
class RecordReviewDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final AdviceSummary summary;
  private final JsonVariables json;

  RecordReviewDelegate(EligibilityService eligibility, AdviceSummary summary, JsonVariables json) {
    this.eligibility = eligibility;
    this.summary = summary;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(VAR_CASE_ID);
    Review review = json.read(execution, VAR_REVIEW, Review.class)
        .orElseThrow(() -> FormRejection.of("De beoordeling ontbreekt of is onleesbaar."));
    boolean needsSecondApproval;
    try {
      needsSecondApproval = eligibility.recordReview(caseId, review, CurrentUser.of(execution));
    } catch (ReviewRejectedException e) {
      throw FormRejection.of(e.getMessage());
    }
    execution.setVariable(VAR_NEEDS_SECOND_APPROVAL, needsSecondApproval);
    execution.setVariable(VAR_DECISION_SUMMARY, summary.decision(eligibility.file(caseId), review.reasons()));
  }
}
