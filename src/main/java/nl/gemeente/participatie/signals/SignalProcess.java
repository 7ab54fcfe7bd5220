package nl.gemeente.participatie.signals;

/** The engine side of signals. */
public interface SignalProcess {

  /**
   * Whether the case takes signal checks now: its process runs and keeps the client in view (from the
   * proposed route on). Otherwise the signal is recorded as for a person without a running case.
   */
  boolean caseRuns(String caseId);

  /** Starts "Signaal beoordelen" inside the case, with a summary for the caseworker (no personal data). */
  void startCheck(String caseId, String signalId, String summary);
}
