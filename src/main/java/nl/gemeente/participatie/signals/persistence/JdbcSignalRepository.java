package nl.gemeente.participatie.signals.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.gemeente.participatie.eligibility.Advice;
import nl.gemeente.participatie.signals.Signal;
import nl.gemeente.participatie.signals.SignalInput;
import nl.gemeente.participatie.signals.SignalKind;
import nl.gemeente.participatie.signals.SignalOutcome;
import nl.gemeente.participatie.signals.SignalRepository;
import nl.gemeente.participatie.signals.SignalSource;
import nl.gemeente.participatie.signals.SignalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code pw_signal} on plain JDBC. */
@Repository
class JdbcSignalRepository implements SignalRepository {

  private final JdbcClient jdbc;

  JdbcSignalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @return false when the source sent this signal before (nothing inserted) */
  @Override
  public boolean insert(String signalId, SignalInput input, String caseId, String bsnWithoutCase, SignalStatus status,
      String receivedBy, Instant receivedAt) {
    return jdbc.sql("""
            insert into pw_signal (signal_id, source, external_id, kind, occurred_on, days_abroad, case_id, bsn, status,
                                   received_by, received_at)
            select :id, :source, :external, :kind, :occurred, :days, :caseId, :bsn, :status, :by, :at
            where not exists (select 1 from pw_signal where source = :source and external_id = :external)""")
        .param("id", signalId)
        .param("source", input.source().name())
        .param("external", input.signalId())
        .param("kind", input.kind().name())
        .param("occurred", input.occurredOn())
        .param("days", input.daysAbroad())
        .param("caseId", caseId)
        .param("bsn", bsnWithoutCase)
        .param("status", status.name())
        .param("by", receivedBy)
        .param("at", OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC))
        .update() == 1;
  }

  @Override
  public Optional<Signal> find(String signalId) {
    return jdbc.sql("select * from pw_signal where signal_id = :id").param("id", signalId)
        .query(JdbcSignalRepository::toSignal).optional();
  }

  @Override
  public Optional<Signal> findBySource(SignalSource source, String externalId) {
    return jdbc.sql("select * from pw_signal where source = :source and external_id = :external")
        .param("source", source.name()).param("external", externalId)
        .query(JdbcSignalRepository::toSignal).optional();
  }

  @Override
  public void recordCheck(String signalId, SignalOutcome outcome, String reasons, LocalDate informationUntil, String by, Instant at) {
    jdbc.sql("""
            update pw_signal set outcome = :outcome, reasons = :reasons, information_until = :until,
                                 checked_by = :by, checked_at = :at
            where signal_id = :id""")
        .param("outcome", outcome.name()).param("reasons", reasons).param("until", informationUntil)
        .param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", signalId)
        .update();
  }

  @Override
  public void recordRecomputation(String signalId, Advice advice, String reasons) {
    jdbc.sql("""
            update pw_signal set recomputed_eligible = :eligible, recomputed_amount = :amount, recomputed_reasons = :reasons
            where signal_id = :id""")
        .param("eligible", advice.eligible()).param("amount", advice.benefitAmount()).param("reasons", reasons)
        .param("id", signalId).update();
  }

  @Override
  public void recordRecomputationDecision(String signalId, String decision, BigDecimal newAmount, LocalDate effectiveDate,
      String caseResult, String reasons) {
    jdbc.sql("""
            update pw_signal set recomputation_decision = :decision, new_amount = :amount, effective_date = :effective,
                                 case_result = :result, reasons = coalesce(reasons, '') || ' | ' || :reasons
            where signal_id = :id""")
        .param("decision", decision).param("amount", newAmount).param("effective", effectiveDate)
        .param("result", caseResult).param("reasons", reasons).param("id", signalId).update();
  }

  @Override
  public void recordBesluit(String signalId, String decision, String url) {
    jdbc.sql("update pw_signal set zgw_besluit_url = :url, zgw_besluit_decision = :decision where signal_id = :id")
        .param("url", url).param("decision", decision).param("id", signalId).update();
  }

  @Override
  public void recordSuspensionResult(String signalId, String result, String reasons) {
    jdbc.sql("""
            update pw_signal set suspension_result = :result, reasons = coalesce(reasons, '') || ' | ' || :reasons
            where signal_id = :id""")
        .param("result", result).param("reasons", reasons == null ? "" : reasons).param("id", signalId).update();
  }

  @Override
  public void recordSuspendedFrom(String signalId, LocalDate from) {
    jdbc.sql("update pw_signal set effective_date = :from where signal_id = :id").param("from", from).param("id", signalId)
        .update();
  }

  /** A (new) decision on the withdrawal: who took it; an earlier approval no longer counts. */
  @Override
  public void recordWithdrawalDecidedBy(String signalId, String decidedBy) {
    jdbc.sql("update pw_signal set withdrawal_decided_by = :by, withdrawal_approved_by = null where signal_id = :id")
        .param("by", decidedBy).param("id", signalId).update();
  }

  @Override
  public void recordWithdrawalApprovedBy(String signalId, String approvedBy) {
    jdbc.sql("update pw_signal set withdrawal_approved_by = :by where signal_id = :id")
        .param("by", approvedBy).param("id", signalId).update();
  }

  /** Whether the case has a withdrawal that was approved by another person than its decider and carried out. */
  @Override
  public boolean hasApprovedWithdrawal(String caseId) {
    return jdbc.sql("""
            select count(*) from pw_signal
            where case_id = :caseId and status = 'HANDLED' and suspension_result = 'WITHDRAWN'
              and withdrawal_approved_by is not null and withdrawal_approved_by <> withdrawal_decided_by""")
        .param("caseId", caseId).query(Integer.class).single() > 0;
  }

  @Override
  public void handled(String signalId) {
    jdbc.sql("update pw_signal set status = 'HANDLED' where signal_id = :id").param("id", signalId).update();
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static Signal toSignal(ResultSet rs, int row) throws SQLException {
    return new Signal(
        rs.getString("signal_id"),
        SignalSource.valueOf(rs.getString("source")),
        rs.getString("external_id"),
        SignalKind.valueOf(rs.getString("kind")),
        rs.getObject("occurred_on", LocalDate.class),
        (Integer) rs.getObject("days_abroad"),
        rs.getString("case_id"),
        SignalStatus.valueOf(rs.getString("status")),
        enumOrNull(SignalOutcome.class, rs.getString("outcome")),
        rs.getObject("information_until", LocalDate.class),
        rs.getString("recomputation_decision"),
        rs.getBigDecimal("new_amount"),
        rs.getObject("effective_date", LocalDate.class),
        rs.getString("zgw_besluit_url"),
        rs.getString("zgw_besluit_decision"),
        rs.getString("withdrawal_decided_by"),
        rs.getString("withdrawal_approved_by"));
  }
}
