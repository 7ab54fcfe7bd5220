package nl.gemeente.participatie.outflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.gemeente.participatie.eligibility.EmploymentFacts;

/** Tables {@code pw_job_start} and {@code pw_aftercare_contact}: the outflow's facts stay in the service's database. */
public interface JobStartRepository {

  void insert(String jobStartId, String caseId, JobStartSource source, JobStartReport report, String assignmentId,
      String reportedBy, Instant reportedAt);

  Optional<JobStart> find(String jobStartId);

  /** The job start of the case that is not finished yet (at most one), or else the newest. */
  Optional<JobStart> latest(String caseId);

  void recordEmployment(String jobStartId, EmploymentFacts facts);

  void recordCorrection(String jobStartId, OutflowReview review);

  void recordProposal(String jobStartId, BigDecimal monthlyNorm, OutflowProposal proposal);

  void recordDecision(String jobStartId, OutflowOutcome outcome, LocalDate effectiveDate, LocalDate exemptionUntil,
      String note, String decidedBy, Instant decidedAt);

  void recordBesluitUrl(String jobStartId, String url);

  /** The exemption's months are used up: the next proposal is without it. */
  void endExemption(String jobStartId, int monthsUsed);

  void recordAftercare(String jobStartId, int moment, LocalDate due, AftercareContact contact, String by, Instant at);

  void finish(String jobStartId, JobStartStatus status, LocalDate jobLostOn, Instant at);

  /** A job start as the outflow report counts it: no personal data. */
  record StartedJob(String caseId, String assignmentId, JobStartSource source, OutflowOutcome decided,
      JobStartStatus status, LocalDate workStart) {}

  /** The job starts whose work started (contract start, else the reported date) from {@code from} to {@code to}, inclusive. */
  List<StartedJob> startedBetween(LocalDate from, LocalDate to);
}
