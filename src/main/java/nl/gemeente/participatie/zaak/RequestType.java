package nl.gemeente.participatie.zaak;

/** What the person asks for at the melding. */
public enum RequestType {
  /** Bijstand (general assistance, art. 11 Participatiewet), with support towards work. */
  BIJSTAND,
  /**
   * Support towards work only (art. 7 lid 1 sub a Participatiewet): non-benefit job seekers (NUG),
   * people with Wajong or WW. Same process without the benefit part.
   */
  WORK_SUPPORT_ONLY
}
