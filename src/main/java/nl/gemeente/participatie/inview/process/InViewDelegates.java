package nl.gemeente.participatie.inview.process;

import static nl.gemeente.participatie.inview.process.InViewVariables.HOME_VISIT;
import static nl.gemeente.participatie.inview.process.InViewVariables.OUTREACH_NEEDED;
import static nl.gemeente.participatie.inview.process.InViewVariables.PROGRESS_REVIEW;
import static nl.gemeente.participatie.inview.process.InViewVariables.REVIEW_RHYTHM;

import nl.gemeente.participatie.inview.InViewService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case's steps for keeping the client in view: reviews and outreach. */
final class InViewDelegates {

  private InViewDelegates() {}

  /** "Volgend voortgangsgesprek plannen". */
  @Component("scheduleReview")
  static class ScheduleReview implements JavaDelegate {
    private final InViewService inView;

    ScheduleReview(InViewService inView) {
      this.inView = inView;
    }

    @Override
    public void execute(DelegateExecution execution) {
      InViewService.PlannedReview review = inView.scheduleNext(CaseKey.of(execution));
      REVIEW_RHYTHM.on(execution).set(review.explanation() == null ? review.interval().toString()
          : review.explanation() + " (" + review.interval() + ")");
    }
  }

  /** "Voortgangsgesprek vastleggen": a no-show counts as a missed appointment. */
  @Component("recordProgressReview")
  static class RecordProgressReview implements JavaDelegate {
    private final InViewService inView;
    private final JsonVariables json;

    RecordProgressReview(InViewService inView, JsonVariables json) {
      this.inView = inView;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      InViewService.ProgressReview review = json.read(execution, PROGRESS_REVIEW)
          .orElse(null);
      boolean outreach;
      try {
        outreach = inView.recordReview(CaseKey.of(execution), review, CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      json.remove(execution, PROGRESS_REVIEW);
      OUTREACH_NEEDED.on(execution).set(outreach);
    }
  }

  /** "Gespreksritme aanpassen" after a revised plan: the route may have changed. */
  @Component("rescheduleReview")
  static class RescheduleReview implements JavaDelegate {
    private final InViewService inView;

    RescheduleReview(InViewService inView) {
      this.inView = inView;
    }

    @Override
    public void execute(DelegateExecution execution) {
      inView.reschedule(CaseKey.of(execution));
    }
  }

  /** "Huisbezoek plannen". */
  @Component("planHomeVisit")
  static class PlanHomeVisit implements JavaDelegate {
    private final InViewService inView;

    PlanHomeVisit(InViewService inView) {
      this.inView = inView;
    }

    @Override
    public void execute(DelegateExecution execution) {
      inView.planHomeVisit(CaseKey.of(execution));
    }
  }

  /** "Huisbezoek vastleggen". */
  @Component("recordHomeVisit")
  static class RecordHomeVisit implements JavaDelegate {
    private final InViewService inView;
    private final JsonVariables json;

    RecordHomeVisit(InViewService inView, JsonVariables json) {
      this.inView = inView;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      InViewService.HomeVisit visit = json.read(execution, HOME_VISIT).orElse(null);
      try {
        inView.recordHomeVisit(CaseKey.of(execution), visit, CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      json.remove(execution, HOME_VISIT);
    }
  }
}
