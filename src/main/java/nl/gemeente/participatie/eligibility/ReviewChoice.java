package nl.gemeente.participatie.eligibility;

/** What the caseworker can do in "Recht op bijstand beoordelen". */
public enum ReviewChoice {
  /** Decide: grant. */
  GRANT,
  /** Decide: refuse (four eyes). */
  REFUSE,
  /** Ask the client for information with a deadline; the Awb clock is suspended (Awb 4:5, 4:15). */
  REQUEST_INFORMATION,
  /** Extend the decision term once, with a reason (Awb 4:14). */
  EXTEND_DEADLINE;

  public boolean decides() {
    return this == GRANT || this == REFUSE;
  }
}
