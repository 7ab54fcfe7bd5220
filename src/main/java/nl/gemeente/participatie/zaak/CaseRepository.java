package nl.gemeente.participatie.zaak;

import java.time.Instant;
import java.util.Optional;

/** The case register (the service's own tables). */
public interface CaseRepository {

  /** A new, unique, readable case id such as {@code PW-2026-000042}. */
  String nextCaseId(int year);

  /**
   * Locks the case's row until the current transaction ends, so that two requests that must not
   * both act on the case (e.g. two plan revisions at once) run one after the other: the second sees
   * what the first did. False when the case does not exist.
   */
  boolean lock(String caseId);

  /**
   * Registers an open case in stage {@link CaseStage#MELDING}.
   *
   * @throws OpenCaseExistsException when the person has an open case (also when a concurrent
   *     registration won the race; the id is then looked up after the fact)
   */
  void insert(String caseId, Melding melding, String registeredBy, Instant registeredAt);

  Optional<String> findOpenCaseId(Bsn bsn);

  Optional<CaseRecord> find(String caseId);

  /** Links the case to its process instance, once; false when the case is unknown, closed or already linked. */
  boolean attachProcess(String caseId, String processInstanceId, CaseStage stage);

  void updateRequestType(String caseId, RequestType requestType);

  Optional<Bsn> bsnOf(String caseId);

  void updateStage(String caseId, CaseStage stage);

  /** The application (aanvraag) date and the Awb deadline for the decision. */
  void registerApplication(String caseId, java.time.LocalDate applicationDate, java.time.LocalDate awbDeadline);

  void updateAwbDeadline(String caseId, java.time.LocalDate awbDeadline);

  /** Closes an open case; false when it was not open. */
  boolean close(String caseId, CaseOutcome outcome, Instant closedAt);

  /** The archive data of an ended case: its ZGW resultaattype and until when its records are kept. */
  void recordEnd(String caseId, String zgwResultaattype, java.time.LocalDate keepUntil);

  void recordOutflowFigures(String caseId, OutflowFigures figures);

  /** A case registered for a client whose earlier case ended, e.g. a job lost after aftercare. */
  void linkPreviousCase(String caseId, String previousCaseId);

  /** The melding (report) date of many cases in one go (reports); unknown case ids are absent. */
  java.util.Map<String, java.time.LocalDate> reportDates(java.util.Collection<String> caseIds);

  /** A case closed in a period, as the outflow report counts it: no id, no personal data. */
  record ClosedCase(CaseOutcome outcome, boolean jobLasted6Months) {}

  /** The cases closed from {@code start} (inclusive) to {@code end} (exclusive). */
  java.util.List<ClosedCase> closedBetween(Instant start, Instant end);
}
