package nl.gemeente.participatie.intake;

/** What the caseworker records at the end of the intake conversation. */
public enum IntakeOutcome {
  /** The request goes ahead (application for bijstand, or support towards work). */
  PROCEED,
  /** The client withdraws the melding. */
  WITHDRAWN,
  /** The client is better served elsewhere (e.g. UWV, debt assistance first, another municipality). */
  REFERRED;

  public boolean needsReason() {
    return this != PROCEED;
  }
}
