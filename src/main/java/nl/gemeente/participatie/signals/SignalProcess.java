package nl.gemeente.participatie.signals;

/** The engine side of signals. */
public interface SignalProcess {

  /** Whether the case's process runs (a closed or never-started case takes no checks). */
  boolean caseRuns(String caseId);

  /** Starts "Signaal beoordelen" inside the case, with a summary for the caseworker (no personal data). */
  void startCheck(String caseId, String signalId, String summary);
}
