package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.function.Consumer;
import nl.gemeente.participatie.common.Money;
import nl.gemeente.participatie.common.Texts;
import nl.gemeente.participatie.trajectory.AssignmentService.Assignment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner reports on an accepted assignment: progress, the end report with its result, the
 * invoice. Only the partner of the assignment, only once accepted, each report once.
 */
@Service
public class TrajectoryReports {

  public enum Kind { PROGRESS, END, INVOICE }

  /** The end result of a trajectory. */
  public enum Result { PAID_WORK, NEXT_RUNG, DROPPED_OUT, NO_SHOW }

  public record Report(Assignment assignment, Kind kind, String externalId, Result result, BigDecimal amount,
      String summary) {}

  public static class InvalidReportException extends RuntimeException {
    public InvalidReportException(String message) {
      super(message);
    }
  }

  public static class NotRunningException extends RuntimeException {
    public NotRunningException() {
      super("The assignment is not running (not accepted)");
    }
  }

  private final AssignmentService assignments;
  private final AssignmentEventRepository events;
  private final Clock clock;

  public TrajectoryReports(AssignmentService assignments, AssignmentEventRepository events, Clock clock) {
    this.assignments = assignments;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records a report and hands it on (in the same transaction) when it is new.
   *
   * @return whether it was new
   */
  @Transactional
  public boolean receive(String assignmentId, String partnerId, Kind kind, String externalId, Result result,
      BigDecimal amount, String summary, Consumer<Report> onNew) {
    if (Texts.blank(externalId) || Texts.tooLong(externalId, 100) || Texts.tooLong(summary, 4000)) {
      throw new InvalidReportException("reportId/invoiceNumber required (at most 100 characters), summary at most 4000");
    }
    if (kind == Kind.END && result == null) {
      throw new InvalidReportException("result required: PAID_WORK, NEXT_RUNG, DROPPED_OUT or NO_SHOW");
    }
    if (kind == Kind.INVOICE && (amount == null || amount.signum() <= 0)) {
      throw new InvalidReportException("amount required, more than 0");
    }
    if (!Money.withinBounds(amount)) {
      throw new InvalidReportException("amount " + Money.BOUNDS_MESSAGE);
    }
    Assignment assignment = assignments.find(assignmentId).orElseThrow(AssignmentService.UnknownAssignmentException::new);
    if (!assignment.partnerId().equals(partnerId)) {
      throw new AssignmentService.NotYourAssignmentException();
    }
    if (assignment.status() != AssignmentStatus.ACCEPTED) {
      throw new NotRunningException();
    }
    if (!events.recordOnce(assignmentId, kind, externalId, result, amount, summary, clock.instant())) {
      return false;
    }
    onNew.accept(new Report(assignment, kind, externalId, result, amount, summary));
    return true;
  }
}
