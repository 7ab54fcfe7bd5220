package nl.gemeente.participatie.inview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.gemeente.participatie.assessment.AssessmentFacts;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.CaseRepository;
import nl.gemeente.participatie.zaak.CaseStage;
import nl.gemeente.participatie.zaak.CaseStatus;
import nl.gemeente.participatie.platform.transaction.ConflictRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeping the client in view (issue 7): progress reviews on a rhythm set by route and situation,
 * missed appointments, and an outreach visit after too many of them.
 */
@Service
public class InViewService {

  private static final Logger log = LoggerFactory.getLogger(InViewService.class);

  /** Why an appointment cannot be recorded now (a 409). */
  public static class NotInViewException extends RuntimeException {
    public NotInViewException(String reason) {
      super(reason);
    }
  }

  /** A review the case waits for. */
  public record PlannedReview(int number, LocalDate due, String route, Period interval, String explanation) {}

  public record ProgressReview(String outcome, String note) {}

  public record HomeVisit(HomeVisitOutcome outcome, String note) {}

  private final InViewRepository repository;
  private final AssessmentFacts assessments;
  private final CaseRepository cases;
  private final ReviewRules rules;
  private final InViewProcess process;
  private final InViewSettings settings;
  private final Clock clock;
  private final ConflictRetry retry;

  InViewService(InViewRepository repository, AssessmentFacts assessments, CaseRepository cases, ReviewRules rules, InViewProcess process, InViewSettings settings,
      Clock clock, ConflictRetry retry) {
    this.retry = retry;
    this.repository = repository;
    this.assessments = assessments;
    this.cases = cases;
    this.rules = rules;
    this.process = process;
    this.settings = settings;
    this.clock = clock;
  }

  // --- progress reviews

  /**
   * "Volgend voortgangsgesprek plannen": the next review, counted from the last one held (or from
   * today, the first time), at the interval of decision reviewRhythm for the case's route and situation.
   */
  public PlannedReview scheduleNext(String caseId) {
    Optional<PlannedReview> open = openReview(caseId);
    if (open.isPresent()) {
      return open.get();
    }
    LocalDate basedOn = repository.lastReviewHeld(caseId).orElse(null);
    if (basedOn == null) {
      basedOn = LocalDate.now(clock);
    }
    Situation situation = situation(caseId);
    ReviewRules.Rhythm rhythm = rules.rhythm(situation.route(), situation.obligations(), situation.inOutflow());
    int number = repository.nextReviewNumber(caseId);
    LocalDate due = basedOn.plus(rhythm.interval());
    repository.planReview(caseId, number, due, situation.route(), rhythm.interval(), basedOn);
    log.info("Case {}: progress review {} planned for {} ({})", caseId, number, due, rhythm.interval());
    return new PlannedReview(number, due, situation.route(), rhythm.interval(), rhythm.explanation());
  }

  /**
   * The route changed (plan revised): the planned review moves to the new rhythm, counted from the same
   * starting point, and the waiting timer moves with it.
   */
  public Optional<PlannedReview> reschedule(String caseId) {
    Optional<InViewRepository.ReviewBasis> open = repository.openReviewBasis(caseId);
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Situation situation = situation(caseId);
    ReviewRules.Rhythm rhythm = rules.rhythm(situation.route(), situation.obligations(), situation.inOutflow());
    LocalDate basedOn = open.get().basedOn();
    LocalDate due = basedOn.plus(rhythm.interval());
    int number = open.get().number();
    repository.moveReview(caseId, number, due, situation.route(), rhythm.interval());
    process.moveReviewTimer(caseId, due);
    log.info("Case {}: progress review {} moved to {} ({}) after a route change", caseId, number, due, rhythm.interval());
    return Optional.of(new PlannedReview(number, due, situation.route(), rhythm.interval(), rhythm.explanation()));
  }

  public Optional<PlannedReview> openReview(String caseId) {
    return repository.openReview(caseId);
  }

  /** The day the task "Voortgangsgesprek voeren" is due (after that it counts as overdue). */
  public LocalDate taskDue(String caseId) {
    return openReview(caseId).orElseThrow().due().plusDays(settings.reviewTaskDays());
  }

  /**
   * "Voortgangsgesprek vastleggen": held, or the client did not come (a missed appointment).
   *
   * @return true when the missed appointment makes an outreach visit due
   * @throws IllegalArgumentException with a Dutch message for the form
   */
  public boolean recordReview(String caseId, ProgressReview review, String caseworker) {
    if (review == null || !("HELD".equals(review.outcome()) || "NO_SHOW".equals(review.outcome()))) {
      throw new IllegalArgumentException("Kies of het gesprek is gevoerd of dat de klant niet is verschenen.");
    }
    if ("HELD".equals(review.outcome()) && (review.note() == null || review.note().isBlank())) {
      throw new IllegalArgumentException("Leg kort vast wat is besproken en afgesproken.");
    }
    PlannedReview planned = openReview(caseId).orElseThrow(() -> new IllegalStateException("No review planned"));
    repository.recordReviewHeld(caseId, planned.number(), review.outcome(), review.note(), caseworker, clock.instant());
    if ("NO_SHOW".equals(review.outcome())) {
      return recordMissed(caseId, LocalDate.now(clock), AppointmentKind.PROGRESS_REVIEW, caseworker);
    }
    return false;
  }

  // --- missed appointments and outreach

  /**
   * A missed appointment through the API. When it makes a visit due, the case starts "Huisbezoek".
   *
   * @return the number of missed appointments since the last visit, and whether a visit was started
   */
  public Map<String, Object> missedAppointment(String caseId, LocalDate missedOn, AppointmentKind kind, String caseworker) {
    // The same appointment reported several times at once is counted once: the primary key lets one
    // report win; the others, run again, find it and answer with the count.
    return retry.inTransaction("Missed appointment", () -> recordMissedAppointment(caseId, missedOn, kind, caseworker));
  }

  private Map<String, Object> recordMissedAppointment(String caseId, LocalDate missedOn, AppointmentKind kind,
      String caseworker) {
    CaseRecord caseRecord = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    if (caseRecord.status() != CaseStatus.OPEN || caseRecord.stage() == CaseStage.MELDING) {
      throw new NotInViewException("The case is not running");
    }
    boolean visit = recordMissed(caseId, missedOn, kind, caseworker);
    int missed = missedSinceVisit(caseId);
    if (visit) {
      process.startOutreach(caseId);
    }
    return Map.of("missedAppointments", missed, "homeVisitPlanned", visit);
  }

  /** @return true when this missed appointment makes a home visit due and none is planned yet */
  private boolean recordMissed(String caseId, LocalDate missedOn, AppointmentKind kind, String caseworker) {
    boolean inserted = repository.recordMissedOnce(caseId, missedOn, kind, caseworker, clock.instant());
    boolean visitOpen = repository.homeVisitOpen(caseId);
    log.info("Case {}: missed appointment recorded ({})", caseId, kind);
    return inserted && !visitOpen && missedSinceVisit(caseId) >= settings.missedAppointmentsBeforeVisit();
  }

  private int missedSinceVisit(String caseId) {
    return repository.missedSinceVisit(caseId);
  }

  /** "Huisbezoek plannen": the visit, and the missed appointments it answers. */
  public String planHomeVisit(String caseId) {
    String visitId = "HV-" + UUID.randomUUID();
    repository.planHomeVisit(visitId, caseId, clock.instant());
    log.info("Case {}: home visit {} planned after missed appointments", caseId, visitId);
    return visitId;
  }

  /** @throws IllegalArgumentException with a Dutch message for the form */
  public void recordHomeVisit(String caseId, HomeVisit visit, String caseworker) {
    if (visit == null || visit.outcome() == null) {
      throw new IllegalArgumentException("Kies de uitkomst van het huisbezoek.");
    }
    if (visit.outcome() != HomeVisitOutcome.FOUND_REENGAGED && (visit.note() == null || visit.note().isBlank())) {
      throw new IllegalArgumentException("Beschrijf wat u aantrof en wat de vervolgstap is.");
    }
    repository.recordHomeVisit(caseId, visit.outcome(), visit.note(), caseworker, clock.instant());
    log.info("Case {}: home visit recorded: {}", caseId, visit.outcome());
  }

  // --- situation

  private record Situation(String route, String obligations, boolean inOutflow) {}

  /** The route and obligations from the assessment (its port), and whether the case is in its outflow. */
  private Situation situation(String caseId) {
    CaseRecord caseRecord = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    boolean inOutflow = caseRecord.stage() == CaseStage.OUTFLOW;
    return assessments.situation(caseId)
        .map(found -> new Situation(found.route(), found.obligations(), inOutflow))
        .orElse(new Situation(null, null, inOutflow));
  }
}
