package nl.gemeente.participatie.inview.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import nl.gemeente.participatie.inview.AppointmentKind;
import nl.gemeente.participatie.inview.HomeVisitOutcome;
import nl.gemeente.participatie.inview.InViewRepository;
import nl.gemeente.participatie.inview.InViewService.PlannedReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The client-in-view tables on plain JDBC. */
@Repository
class JdbcInViewRepository implements InViewRepository {

  private final JdbcClient jdbc;

  JdbcInViewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<LocalDate> lastReviewHeld(String caseId) {
    return jdbc.sql("select max(cast(held_at as date)) from pw_progress_review where case_id = :caseId")
        .param("caseId", caseId).query(LocalDate.class).optional();
  }

  @Override
  public int nextReviewNumber(String caseId) {
    return jdbc.sql("select coalesce(max(review_no), 0) + 1 from pw_progress_review where case_id = :caseId")
        .param("caseId", caseId).query(Integer.class).single();
  }

  @Override
  public void planReview(String caseId, int number, LocalDate due, String route, Period interval, LocalDate basedOn) {
    jdbc.sql("""
            insert into pw_progress_review (case_id, review_no, due_on, route, interval_used, based_on)
            values (:caseId, :no, :due, :route, :interval, :basedOn)""")
        .param("caseId", caseId).param("no", number).param("due", due).param("route", route)
        .param("interval", interval.toString()).param("basedOn", basedOn)
        .update();
  }

  @Override
  public Optional<ReviewBasis> openReviewBasis(String caseId) {
    Optional<Map<String, Object>> open = jdbc.sql("""
            select review_no, based_on from pw_progress_review where case_id = :caseId and held_at is null""")
        .param("caseId", caseId).query().listOfRows().stream().findFirst();
    return open.map(row -> new ReviewBasis(((Number) row.get("review_no")).intValue(), toLocalDate(row.get("based_on"))));
  }

  @Override
  public void moveReview(String caseId, int number, LocalDate due, String route, Period interval) {
    jdbc.sql("""
            update pw_progress_review set due_on = :due, route = :route, interval_used = :interval
            where case_id = :caseId and review_no = :no""")
        .param("due", due).param("route", route).param("interval", interval.toString())
        .param("caseId", caseId).param("no", number).update();
  }

  @Override
  public Optional<PlannedReview> openReview(String caseId) {
    return jdbc.sql("""
            select review_no, due_on, route, interval_used from pw_progress_review
            where case_id = :caseId and held_at is null order by review_no desc""")
        .param("caseId", caseId)
        .query((rs, n) -> new PlannedReview(rs.getInt("review_no"), rs.getObject("due_on", LocalDate.class),
            rs.getString("route"), Period.parse(rs.getString("interval_used")), null))
        .list().stream().findFirst();
  }

  @Override
  public void recordReviewHeld(String caseId, int number, String outcome, String note, String by, Instant at) {
    jdbc.sql("""
            update pw_progress_review set outcome = :outcome, note = :note, held_by = :by, held_at = :at
            where case_id = :caseId and review_no = :no""")
        .param("outcome", outcome).param("note", note).param("by", by).param("at", utc(at))
        .param("caseId", caseId).param("no", number).update();
  }

  @Override
  public boolean recordMissedOnce(String caseId, LocalDate missedOn, AppointmentKind kind, String by, Instant at) {
    return jdbc.sql("""
            insert into pw_missed_appointment (case_id, missed_on, kind, recorded_by, recorded_at)
            select :caseId, :on, :kind, :by, :at
            where not exists (select 1 from pw_missed_appointment where case_id = :caseId and missed_on = :on and kind = :kind)""")
        .param("caseId", caseId).param("on", missedOn).param("kind", kind.name()).param("by", by)
        .param("at", utc(at)).update() == 1;
  }

  @Override
  public boolean homeVisitOpen(String caseId) {
    return jdbc.sql("select count(*) from pw_home_visit where case_id = :caseId and outcome is null")
        .param("caseId", caseId).query(Integer.class).single() > 0;
  }

  @Override
  public int missedSinceVisit(String caseId) {
    return jdbc.sql("select count(*) from pw_missed_appointment where case_id = :caseId and home_visit_id is null")
        .param("caseId", caseId).query(Integer.class).single();
  }

  @Override
  public void planHomeVisit(String visitId, String caseId, Instant at) {
    jdbc.sql("insert into pw_home_visit (home_visit_id, case_id, requested_at) values (:id, :caseId, :at)")
        .param("id", visitId).param("caseId", caseId).param("at", utc(at)).update();
    jdbc.sql("update pw_missed_appointment set home_visit_id = :id where case_id = :caseId and home_visit_id is null")
        .param("id", visitId).param("caseId", caseId).update();
  }

  @Override
  public void recordHomeVisit(String caseId, HomeVisitOutcome outcome, String note, String by, Instant at) {
    jdbc.sql("""
            update pw_home_visit set outcome = :outcome, note = :note, visited_by = :by, visited_at = :at
            where case_id = :caseId and outcome is null""")
        .param("outcome", outcome.name()).param("note", note).param("by", by).param("at", utc(at))
        .param("caseId", caseId).update();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
