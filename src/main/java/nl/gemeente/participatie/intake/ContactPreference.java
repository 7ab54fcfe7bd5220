package nl.gemeente.participatie.intake;

/**
 * How the client wants to be reached. The contact details themselves stay in the municipal client
 * registration; the case holds only the preference.
 */
public enum ContactPreference {
  PHONE,
  EMAIL,
  LETTER,
  DESK
}
