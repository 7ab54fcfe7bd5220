package nl.gemeente.participatie.inview.process;

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

  static final String VAR_OUTREACH_NEEDED = "outreachNeeded";
  static final String VAR_REVIEW_RHYTHM = "reviewRhythm";

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
      execution.setVariable(VAR_REVIEW_RHYTHM, review.explanation() == null ? review.interval().toString()
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
      InViewService.ProgressReview review = json.read(execution, "progressReview", InViewService.ProgressReview.class)
          .orElse(null);
      boolean outreach;
      try {
        outreach = inView.recordReview(CaseKey.of(execution), review, CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      execution.removeVariable("progressReview");
      execution.setVariable(VAR_OUTREACH_NEEDED, outreach);
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
      InViewService.HomeVisit visit = json.read(execution, "homeVisit", InViewService.HomeVisit.class).orElse(null);
      try {
        inView.recordHomeVisit(CaseKey.of(execution), visit, CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      execution.removeVariable("homeVisit");
    }
  }
}
