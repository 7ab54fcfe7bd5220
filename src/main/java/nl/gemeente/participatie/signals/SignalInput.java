package nl.gemeente.participatie.signals;

import java.time.LocalDate;

/**
 * A signal as it arrives on {@code POST /api/signals}: the source's own id (so a signal sent twice is
 * one), source and kind, the case id or the BSN of the person, the date it happened and, for a stay
 * abroad, the days abroad this year. No free text: nothing about the person beyond what is needed.
 */
public record SignalInput(String signalId, SignalSource source, SignalKind kind, String caseId, String bsn,
    LocalDate occurredOn, Integer daysAbroad) {}
