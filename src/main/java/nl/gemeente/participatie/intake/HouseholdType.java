package nl.gemeente.participatie.intake;

/** Leefvorm, which decides the norm later on (art. 21 and 22 Participatiewet). */
public enum HouseholdType {
  SINGLE,
  SINGLE_PARENT,
  /** Married or cohabiting (gehuwd of samenwonend, art. 3 Participatiewet). */
  COUPLE
}
