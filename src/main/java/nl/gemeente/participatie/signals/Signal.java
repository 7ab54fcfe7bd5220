package nl.gemeente.participatie.signals;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A signal as the service holds it (table {@code pw_signal}), without the BSN. */
public record Signal(
    String signalId,
    SignalSource source,
    String externalId,
    SignalKind kind,
    LocalDate occurredOn,
    Integer daysAbroad,
    String caseId,
    SignalStatus status,
    SignalOutcome outcome,
    LocalDate informationUntil,
    String recomputationDecision,
    BigDecimal newAmount,
    LocalDate effectiveDate,
    String zgwBesluitUrl,
    String zgwBesluitDecision,
    String withdrawalDecidedBy,
    String withdrawalApprovedBy) {}
