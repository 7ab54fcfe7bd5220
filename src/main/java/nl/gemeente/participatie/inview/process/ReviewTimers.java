package nl.gemeente.participatie.inview.process;

import java.time.ZoneId;
import java.util.Date;
import nl.gemeente.participatie.inview.InViewService;
import org.springframework.stereotype.Component;

/** Dates of the progress reviews, read by the BPMN: {@code ${reviewTimers.due(execution.processBusinessKey)}}. */
@Component("reviewTimers")
public class ReviewTimers {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final InViewService inView;

  ReviewTimers(InViewService inView) {
    this.inView = inView;
  }

  /** The planned review's day: the timer of "Voortgangsgesprek voeren". */
  public Date due(String caseId) {
    return Date.from(inView.openReview(caseId).orElseThrow().due().atStartOfDay(AMSTERDAM).toInstant());
  }

  /** The task's due date; after it the review shows as overdue. */
  public Date taskDue(String caseId) {
    return Date.from(inView.taskDue(caseId).atStartOfDay(AMSTERDAM).toInstant());
  }
}
