package nl.gemeente.participatie.outflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A job start as the service holds it (table {@code pw_job_start}). */
public record JobStart(
    String jobStartId,
    String caseId,
    JobStartSource source,
    LocalDate reportedStartDate,
    BigDecimal hoursPerWeek,
    boolean reducedWageValue,
    boolean employerWantsTrial,
    String assignmentId,
    Boolean employmentKnown,
    LocalDate contractStart,
    BigDecimal contractHours,
    BigDecimal grossMonthlyWage,
    BigDecimal netMonthlyWage,
    BigDecimal monthlyNorm,
    BigDecimal otherNetIncome,
    int exemptionMonthsUsed,
    OutflowOutcome proposedOutcome,
    BigDecimal exemptionAmount,
    BigDecimal supplementAmount,
    Integer exemptionMonthsLeft,
    Boolean assessLks,
    Boolean considerTrial,
    OutflowOutcome decidedOutcome,
    String decidedBy,
    LocalDate effectiveDate,
    LocalDate exemptionUntil,
    String zgwBesluitUrl,
    JobStartStatus status,
    LocalDate jobLostOn,
    Instant reportedAt) {

  /** The day the job started: the contract's start where known, else the reported date. */
  public LocalDate workStart() {
    return contractStart != null ? contractStart : reportedStartDate;
  }

  public boolean finished() {
    return status == JobStartStatus.JOB_KEPT || status == JobStartStatus.JOB_LOST;
  }
}
