package nl.gemeente.participatie.eligibility;

/** The caseworker's decision on the application. */
public enum Decision {
  /** Besluit toekenning. */
  GRANT,
  /** Besluit afwijzing. */
  REFUSE
}
