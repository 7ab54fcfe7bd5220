package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.DECISION_SUMMARY;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.NEEDS_SECOND_APPROVAL;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.INFORMATION_DEADLINE;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.INFORMATION_DEADLINE_MOMENT;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.REQUESTED_INFORMATION;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.REVIEW;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.REVIEW_OUTCOME;

import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.eligibility.Review;
import nl.gemeente.participatie.eligibility.ReviewResult;
import nl.gemeente.participatie.eligibility.ReviewRejectedException;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Beoordeling vastleggen": the caseworker's decision on the advice, a request for information
 * (the Awb clock stops) or the extension of the term, in the transaction that completes the review
 * task (a rejection keeps the task open, with the Dutch message in Tasklist).
 */
@Component("recordReview")
class RecordReviewDelegate implements JavaDelegate {

  static final String DECIDE = "DECIDE";

  private final EligibilityService eligibility;
  private final AdviceSummary summary;
  private final JsonVariables json;
  private final AwbClockVariables awbClock;

  RecordReviewDelegate(EligibilityService eligibility, AdviceSummary summary, JsonVariables json,
      AwbClockVariables awbClock) {
    this.eligibility = eligibility;
    this.summary = summary;
    this.json = json;
    this.awbClock = awbClock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    Review review = json.read(execution, REVIEW)
        .orElseThrow(() -> FormRejection.of("De beoordeling ontbreekt of is onleesbaar."));
    ReviewResult result;
    try {
      result = eligibility.recordReview(caseId, review, CurrentUser.of(execution));
    } catch (ReviewRejectedException e) {
      throw FormRejection.of(e.getMessage());
    }
    REVIEW_OUTCOME.on(execution).set(result.choice().decides() ? DECIDE : result.choice().name());
    NEEDS_SECOND_APPROVAL.on(execution).set(result.needsSecondApproval());
    switch (result.choice()) {
      case GRANT, REFUSE -> DECISION_SUMMARY.on(execution).set(
          summary.decision(eligibility.file(caseId), review.reasons()));
      case REQUEST_INFORMATION -> {
        REQUESTED_INFORMATION.on(execution).set(review.requestedInformation());
        INFORMATION_DEADLINE.on(execution).set(review.informationDeadline().toString());
        // The hersteltermijn ends with its last day: the timer fires at the start of the next.
        INFORMATION_DEADLINE_MOMENT.on(execution).set(awbClock.moment(review.informationDeadline().plusDays(1)));
        awbClock.moved(execution, result.awbDeadline());
      }
      case EXTEND_DEADLINE -> awbClock.moved(execution, result.awbDeadline());
    }
  }
}
