package nl.gemeente.participatie.inview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** Tables {@code pw_progress_review}, {@code pw_missed_appointment} and {@code pw_home_visit}. */
public interface InViewRepository {

  /** The day of the last review held; empty before the first. */
  Optional<LocalDate> lastReviewHeld(String caseId);

  int nextReviewNumber(String caseId);

  void planReview(String caseId, int number, LocalDate due, String route, Period interval, LocalDate basedOn);

  /** The open (not yet held) review's number and the day its rhythm counts from. */
  record ReviewBasis(int number, LocalDate basedOn) {}

  Optional<ReviewBasis> openReviewBasis(String caseId);

  void moveReview(String caseId, int number, LocalDate due, String route, Period interval);

  /** The open review with the highest number. */
  Optional<InViewService.PlannedReview> openReview(String caseId);

  void recordReviewHeld(String caseId, int number, String outcome, String note, String by, Instant at);

  /** @return false when this appointment (day, kind) was recorded before: nothing stored */
  boolean recordMissedOnce(String caseId, LocalDate missedOn, AppointmentKind kind, String by, Instant at);

  boolean homeVisitOpen(String caseId);

  int missedSinceVisit(String caseId);

  /** The visit, and the missed appointments (not yet answered by a visit) it answers. */
  void planHomeVisit(String visitId, String caseId, Instant at);

  void recordHomeVisit(String caseId, HomeVisitOutcome outcome, String note, String by, Instant at);
}
