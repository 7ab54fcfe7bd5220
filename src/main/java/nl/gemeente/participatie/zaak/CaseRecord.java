package nl.gemeente.participatie.zaak;

import java.time.Instant;
import java.time.LocalDate;

/** A case as the register holds it, without the BSN (which only the register itself needs). */
public record CaseRecord(
    String caseId,
    RequestType requestType,
    LocalDate reportDate,
    IntakeChannel channel,
    CaseStatus status,
    CaseStage stage,
    String processInstanceId,
    Instant registeredAt,
    String registeredBy,
    Instant closedAt,
    CaseOutcome outcome,
    java.time.LocalDate applicationDate,
    java.time.LocalDate awbDeadline) {}
