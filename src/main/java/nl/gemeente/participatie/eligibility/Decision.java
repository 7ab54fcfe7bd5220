package nl.gemeente.participatie.eligibility;

/** The besluit on the application. */
public enum Decision {
  /** Besluit toekenning. */
  GRANT,
  /** Besluit afwijzing. */
  REFUSE,
  /** Buiten behandeling: the client did not supply the requested information in time (Awb 4:5). */
  NOT_PROCESSED,
  /** Besluit beëindiging: income from work at or above the norm (art. 11, art. 31-32; step 11). */
  END_BENEFIT,
  /** Besluit wijziging (herziening): a supplementary benefit beside income from work, or its exemption ending (art. 31 lid 2 n). */
  CHANGE_BENEFIT,
  /** Besluit opschorting: information needed for the right to assistance is missing (art. 54 lid 2). */
  SUSPEND_BENEFIT,
  /** Besluit intrekking: the information was not supplied within the term set (art. 54 lid 4). */
  WITHDRAW_BENEFIT
}
