package nl.gemeente.participatie.zaak;

/** How the melding reached the municipality. */
public enum IntakeChannel {
  /** Online form (DigiD), e.g. the municipal web form or werk.nl. */
  ONLINE,
  /** At the desk (balie) of the municipality or Werkbedrijf. */
  DESK,
  PHONE,
  /** By letter. */
  MAIL,
  /** Referred by a partner (UWV, debt assistance, social team). */
  PARTNER_REFERRAL
}
