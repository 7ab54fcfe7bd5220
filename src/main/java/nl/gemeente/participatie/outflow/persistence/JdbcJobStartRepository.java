package nl.gemeente.participatie.outflow.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.gemeente.participatie.eligibility.EmploymentFacts;
import nl.gemeente.participatie.outflow.AftercareContact;
import nl.gemeente.participatie.outflow.JobStart;
import nl.gemeente.participatie.outflow.JobStartReport;
import nl.gemeente.participatie.outflow.JobStartRepository;
import nl.gemeente.participatie.outflow.JobStartSource;
import nl.gemeente.participatie.outflow.JobStartStatus;
import nl.gemeente.participatie.outflow.OutflowOutcome;
import nl.gemeente.participatie.outflow.OutflowProposal;
import nl.gemeente.participatie.outflow.OutflowReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code pw_job_start} and {@code pw_aftercare_contact}: the outflow's facts stay in the service's database. */
@Repository
class JdbcJobStartRepository implements JobStartRepository {

  private final JdbcClient jdbc;

  JdbcJobStartRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(String jobStartId, String caseId, JobStartSource source, JobStartReport report, String assignmentId,
      String reportedBy, Instant reportedAt) {
    jdbc.sql("""
            insert into pw_job_start (job_start_id, case_id, source, reported_start_date, hours_per_week,
                reduced_wage_value, employer_wants_trial, assignment_id, reported_by, reported_at, status)
            values (:id, :caseId, :source, :startDate, :hours, :reduced, :trial, :assignment, :by, :at, :status)""")
        .param("id", jobStartId)
        .param("caseId", caseId)
        .param("source", source.name())
        .param("startDate", report.startDate())
        .param("hours", report.hoursPerWeek())
        .param("reduced", report.reducedWageValue())
        .param("trial", report.employerWantsTrial())
        .param("assignment", assignmentId)
        .param("by", reportedBy)
        .param("at", utc(reportedAt))
        .param("status", JobStartStatus.REPORTED.name())
        .update();
  }

  @Override
  public Optional<JobStart> find(String jobStartId) {
    return jdbc.sql("select * from pw_job_start where job_start_id = :id").param("id", jobStartId)
        .query(JdbcJobStartRepository::toJobStart).optional();
  }

  @Override
  public Optional<JobStart> latest(String caseId) {
    return jdbc.sql("""
            select * from pw_job_start where case_id = :caseId
            order by case when status in ('JOB_KEPT', 'JOB_LOST') then 1 else 0 end, reported_at desc""")
        .param("caseId", caseId)
        .query(JdbcJobStartRepository::toJobStart).list().stream().findFirst();
  }

  @Override
  public void recordEmployment(String jobStartId, EmploymentFacts facts) {
    jdbc.sql("""
            update pw_job_start set employment_known = :known, contract_start = :start, contract_hours = :hours,
                gross_monthly_wage = :gross, net_monthly_wage = :net
            where job_start_id = :id""")
        .param("known", facts.known())
        .param("start", facts.contractStart())
        .param("hours", facts.hoursPerWeek())
        .param("gross", facts.grossMonthlyWage())
        .param("net", facts.netMonthlyWage())
        .param("id", jobStartId)
        .update();
  }

  @Override
  public void recordCorrection(String jobStartId, OutflowReview review) {
    jdbc.sql("""
            update pw_job_start set contract_start = coalesce(:start, contract_start),
                contract_hours = coalesce(:hours, contract_hours),
                net_monthly_wage = coalesce(:net, net_monthly_wage),
                gross_monthly_wage = coalesce(:gross, gross_monthly_wage),
                other_net_income = coalesce(:other, other_net_income),
                reduced_wage_value = coalesce(:reduced, reduced_wage_value),
                employer_wants_trial = coalesce(:trial, employer_wants_trial),
                decision_note = :note, status = 'REPORTED'
            where job_start_id = :id""")
        .param("start", review.contractStart())
        .param("hours", review.hoursPerWeek())
        .param("net", review.netMonthlyWage())
        .param("gross", review.grossMonthlyWage())
        .param("other", review.otherNetIncome())
        .param("reduced", review.reducedWageValue())
        .param("trial", review.employerWantsTrial())
        .param("note", review.note())
        .param("id", jobStartId)
        .update();
  }

  @Override
  public void recordProposal(String jobStartId, BigDecimal monthlyNorm, OutflowProposal proposal) {
    jdbc.sql("""
            update pw_job_start set monthly_norm = :norm, proposed_outcome = :outcome, exemption_amount = :exemption,
                supplement_amount = :supplement, exemption_months_left = :left, assess_lks = :lks, consider_trial = :trial
            where job_start_id = :id""")
        .param("norm", monthlyNorm)
        .param("outcome", proposal.outcome().name())
        .param("exemption", proposal.exemptionAmount())
        .param("supplement", proposal.supplementAmount())
        .param("left", proposal.exemptionMonthsLeft())
        .param("lks", proposal.assessLoonkostensubsidie())
        .param("trial", proposal.considerTrialPlacement())
        .param("id", jobStartId)
        .update();
  }

  @Override
  public void recordDecision(String jobStartId, OutflowOutcome outcome, LocalDate effectiveDate, LocalDate exemptionUntil,
      String note, String decidedBy, Instant decidedAt) {
    jdbc.sql("""
            update pw_job_start set decided_outcome = :outcome, effective_date = :effective, exemption_until = :until,
                decision_note = :note, decided_by = :by, decided_at = :at, zgw_besluit_url = null, status = 'DECIDED'
            where job_start_id = :id""")
        .param("outcome", outcome.name())
        .param("effective", effectiveDate)
        .param("until", exemptionUntil)
        .param("note", note)
        .param("by", decidedBy)
        .param("at", utc(decidedAt))
        .param("id", jobStartId)
        .update();
  }

  @Override
  public void recordBesluitUrl(String jobStartId, String url) {
    jdbc.sql("update pw_job_start set zgw_besluit_url = :url where job_start_id = :id")
        .param("url", url).param("id", jobStartId).update();
  }

  @Override
  public void endExemption(String jobStartId, int monthsUsed) {
    jdbc.sql("""
            update pw_job_start set exemption_months_used = :used, exemption_until = null, status = 'REPORTED'
            where job_start_id = :id""")
        .param("used", monthsUsed).param("id", jobStartId).update();
  }

  @Override
  public void recordAftercare(String jobStartId, int moment, LocalDate due, AftercareContact contact, String by, Instant at) {
    jdbc.sql("""
            insert into pw_aftercare_contact (job_start_id, moment, due_date, outcome, note, recorded_by, recorded_at)
            values (:id, :moment, :due, :outcome, :note, :by, :at)""")
        .param("id", jobStartId)
        .param("moment", moment)
        .param("due", due)
        .param("outcome", contact.outcome().name())
        .param("note", contact.note())
        .param("by", by)
        .param("at", utc(at))
        .update();
  }

  @Override
  public void finish(String jobStartId, JobStartStatus status, LocalDate jobLostOn, Instant at) {
    jdbc.sql("update pw_job_start set status = :status, job_lost_on = :lost, ended_at = :at where job_start_id = :id")
        .param("status", status.name())
        .param("lost", jobLostOn)
        .param("at", utc(at))
        .param("id", jobStartId)
        .update();
  }

  @Override
  public List<StartedJob> startedBetween(LocalDate from, LocalDate to) {
    return jdbc.sql("""
            select case_id, assignment_id, source, decided_outcome, status,
                   coalesce(contract_start, reported_start_date) as work_start
            from pw_job_start
            where coalesce(contract_start, reported_start_date) between :from and :to""")
        .param("from", from)
        .param("to", to)
        .query((rs, n) -> new StartedJob(rs.getString("case_id"), rs.getString("assignment_id"),
            JobStartSource.valueOf(rs.getString("source")), enumOrNull(OutflowOutcome.class, rs.getString("decided_outcome")),
            JobStartStatus.valueOf(rs.getString("status")), rs.getObject("work_start", LocalDate.class)))
        .list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static JobStart toJobStart(ResultSet rs, int row) throws SQLException {
    return new JobStart(
        rs.getString("job_start_id"),
        rs.getString("case_id"),
        JobStartSource.valueOf(rs.getString("source")),
        rs.getObject("reported_start_date", LocalDate.class),
        rs.getBigDecimal("hours_per_week"),
        rs.getBoolean("reduced_wage_value"),
        rs.getBoolean("employer_wants_trial"),
        rs.getString("assignment_id"),
        (Boolean) rs.getObject("employment_known"),
        rs.getObject("contract_start", LocalDate.class),
        rs.getBigDecimal("contract_hours"),
        rs.getBigDecimal("gross_monthly_wage"),
        rs.getBigDecimal("net_monthly_wage"),
        rs.getBigDecimal("monthly_norm"),
        rs.getBigDecimal("other_net_income"),
        rs.getInt("exemption_months_used"),
        enumOrNull(OutflowOutcome.class, rs.getString("proposed_outcome")),
        rs.getBigDecimal("exemption_amount"),
        rs.getBigDecimal("supplement_amount"),
        (Integer) rs.getObject("exemption_months_left"),
        (Boolean) rs.getObject("assess_lks"),
        (Boolean) rs.getObject("consider_trial"),
        enumOrNull(OutflowOutcome.class, rs.getString("decided_outcome")),
        rs.getString("decided_by"),
        rs.getObject("effective_date", LocalDate.class),
        rs.getObject("exemption_until", LocalDate.class),
        rs.getString("zgw_besluit_url"),
        JobStartStatus.valueOf(rs.getString("status")),
        rs.getObject("job_lost_on", LocalDate.class),
        rs.getObject("reported_at", OffsetDateTime.class).toInstant());
  }
}
