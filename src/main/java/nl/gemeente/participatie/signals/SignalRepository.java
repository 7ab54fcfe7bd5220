package nl.gemeente.participatie.signals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.gemeente.participatie.eligibility.Advice;

/** Table {@code pw_signal}. */
public interface SignalRepository {

  /** @return false when the source sent this signal before (nothing inserted) */
  boolean insert(String signalId, SignalInput input, String caseId, String bsnWithoutCase, SignalStatus status,
      String receivedBy, Instant receivedAt);

  Optional<Signal> find(String signalId);

  Optional<Signal> findBySource(SignalSource source, String externalId);

  void recordCheck(String signalId, SignalOutcome outcome, String reasons, LocalDate informationUntil, String by,
      Instant at);

  void recordRecomputation(String signalId, Advice advice, String reasons);

  void recordRecomputationDecision(String signalId, String decision, BigDecimal newAmount, LocalDate effectiveDate,
      String caseResult, String reasons);

  void recordBesluit(String signalId, String decision, String url);

  void recordSuspensionResult(String signalId, String result, String reasons);

  void recordSuspendedFrom(String signalId, LocalDate from);

  /** A (new) decision on the withdrawal: who took it; an earlier approval no longer counts. */
  void recordWithdrawalDecidedBy(String signalId, String decidedBy);

  void recordWithdrawalApprovedBy(String signalId, String approvedBy);

  /** Whether the case has a withdrawal that was approved by another person than its decider and carried out. */
  boolean hasApprovedWithdrawal(String caseId);

  void handled(String signalId);
}
