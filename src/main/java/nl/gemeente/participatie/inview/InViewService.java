package nl.gemeente.participatie.inview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.CaseRepository;
import nl.gemeente.participatie.zaak.CaseStage;
import nl.gemeente.participatie.zaak.CaseStatus;
import nl.gemeente.participatie.platform.transaction.ConflictRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  private final JdbcClient jdbc;
  private final CaseRepository cases;
  private final ReviewRules rules;
  private final InViewProcess process;
  private final InViewSettings settings;
  private final Clock clock;
  private final ConflictRetry retry;

  InViewService(JdbcClient jdbc, CaseRepository cases, ReviewRules rules, InViewProcess process, InViewSettings settings,
      Clock clock, ConflictRetry retry) {
    this.retry = retry;
    this.jdbc = jdbc;
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
    LocalDate basedOn = jdbc.sql("select max(cast(held_at as date)) from pw_progress_review where case_id = :caseId")
        .param("caseId", caseId).query(LocalDate.class).optional().orElse(null);
    if (basedOn == null) {
      basedOn = LocalDate.now(clock);
    }
    Situation situation = situation(caseId);
    ReviewRules.Rhythm rhythm = rules.rhythm(situation.route(), situation.obligations(), situation.inOutflow());
    int number = jdbc.sql("select coalesce(max(review_no), 0) + 1 from pw_progress_review where case_id = :caseId")
        .param("caseId", caseId).query(Integer.class).single();
    LocalDate due = basedOn.plus(rhythm.interval());
    jdbc.sql("""
            insert into pw_progress_review (case_id, review_no, due_on, route, interval_used, based_on)
            values (:caseId, :no, :due, :route, :interval, :basedOn)""")
        .param("caseId", caseId).param("no", number).param("due", due).param("route", situation.route())
        .param("interval", rhythm.interval().toString()).param("basedOn", basedOn)
        .update();
    log.info("Case {}: progress review {} planned for {} ({})", caseId, number, due, rhythm.interval());
    return new PlannedReview(number, due, situation.route(), rhythm.interval(), rhythm.explanation());
  }

  /**
   * The route changed (plan revised): the planned review moves to the new rhythm, counted from the same
   * starting point, and the waiting timer moves with it.
   */
  public Optional<PlannedReview> reschedule(String caseId) {
    Optional<Map<String, Object>> open = jdbc.sql("""
            select review_no, based_on from pw_progress_review where case_id = :caseId and held_at is null""")
        .param("caseId", caseId).query().listOfRows().stream().findFirst();
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Situation situation = situation(caseId);
    ReviewRules.Rhythm rhythm = rules.rhythm(situation.route(), situation.obligations(), situation.inOutflow());
    LocalDate basedOn = toLocalDate(open.get().get("based_on"));
    LocalDate due = basedOn.plus(rhythm.interval());
    int number = ((Number) open.get().get("review_no")).intValue();
    jdbc.sql("""
            update pw_progress_review set due_on = :due, route = :route, interval_used = :interval
            where case_id = :caseId and review_no = :no""")
        .param("due", due).param("route", situation.route()).param("interval", rhythm.interval().toString())
        .param("caseId", caseId).param("no", number).update();
    process.moveReviewTimer(caseId, due);
    log.info("Case {}: progress review {} moved to {} ({}) after a route change", caseId, number, due, rhythm.interval());
    return Optional.of(new PlannedReview(number, due, situation.route(), rhythm.interval(), rhythm.explanation()));
  }

  public Optional<PlannedReview> openReview(String caseId) {
    return jdbc.sql("""
            select review_no, due_on, route, interval_used from pw_progress_review
            where case_id = :caseId and held_at is null order by review_no desc""")
        .param("caseId", caseId)
        .query((rs, n) -> new PlannedReview(rs.getInt("review_no"), rs.getObject("due_on", LocalDate.class),
            rs.getString("route"), Period.parse(rs.getString("interval_used")), null))
        .list().stream().findFirst();
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
    jdbc.sql("""
            update pw_progress_review set outcome = :outcome, note = :note, held_by = :by, held_at = :at
            where case_id = :caseId and review_no = :no""")
        .param("outcome", review.outcome()).param("note", review.note()).param("by", caseworker)
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .param("caseId", caseId).param("no", planned.number()).update();
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
    int inserted = jdbc.sql("""
            insert into pw_missed_appointment (case_id, missed_on, kind, recorded_by, recorded_at)
            select :caseId, :on, :kind, :by, :at
            where not exists (select 1 from pw_missed_appointment where case_id = :caseId and missed_on = :on and kind = :kind)""")
        .param("caseId", caseId).param("on", missedOn).param("kind", kind.name()).param("by", caseworker)
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
    boolean visitOpen = jdbc.sql("select count(*) from pw_home_visit where case_id = :caseId and outcome is null")
        .param("caseId", caseId).query(Integer.class).single() > 0;
    log.info("Case {}: missed appointment recorded ({})", caseId, kind);
    return inserted == 1 && !visitOpen && missedSinceVisit(caseId) >= settings.missedAppointmentsBeforeVisit();
  }

  private int missedSinceVisit(String caseId) {
    return jdbc.sql("select count(*) from pw_missed_appointment where case_id = :caseId and home_visit_id is null")
        .param("caseId", caseId).query(Integer.class).single();
  }

  /** "Huisbezoek plannen": the visit, and the missed appointments it answers. */
  public String planHomeVisit(String caseId) {
    String visitId = "HV-" + UUID.randomUUID();
    jdbc.sql("insert into pw_home_visit (home_visit_id, case_id, requested_at) values (:id, :caseId, :at)")
        .param("id", visitId).param("caseId", caseId)
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
    jdbc.sql("update pw_missed_appointment set home_visit_id = :id where case_id = :caseId and home_visit_id is null")
        .param("id", visitId).param("caseId", caseId).update();
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
    jdbc.sql("""
            update pw_home_visit set outcome = :outcome, note = :note, visited_by = :by, visited_at = :at
            where case_id = :caseId and outcome is null""")
        .param("outcome", visit.outcome().name()).param("note", visit.note()).param("by", caseworker)
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).param("caseId", caseId).update();
    log.info("Case {}: home visit recorded: {}", caseId, visit.outcome());
  }

  // --- situation

  private record Situation(String route, String obligations, boolean inOutflow) {}

  private Situation situation(String caseId) {
    CaseRecord caseRecord = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    return jdbc.sql("select coalesce(agreed_route, proposed_route) as route, obligations from pw_assessment where case_id = :caseId")
        .param("caseId", caseId)
        .query((rs, n) -> new Situation(rs.getString("route"), rs.getString("obligations"),
            caseRecord.stage() == CaseStage.OUTFLOW))
        .optional()
        .orElse(new Situation(null, null, caseRecord.stage() == CaseStage.OUTFLOW));
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
