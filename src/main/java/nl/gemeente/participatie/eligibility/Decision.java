package nl.gemeente.participatie.eligibility;

/** The besluit on the application. */
public enum Decision {
  /** Besluit toekenning. */
  GRANT,
  /** Besluit afwijzing. */
  REFUSE,
  /** Buiten behandeling: the client did not supply the requested information in time (Awb 4:5). */
  NOT_PROCESSED
}
