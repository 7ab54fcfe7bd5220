package nl.gemeente.participatie.eligibility;

/** Residence status for art. 11 lid 2 Participatiewet. */
public enum ResidenceStatus {
  DUTCH,
  /** Foreign national with lawful residence as meant in Vreemdelingenwet 2000 art. 8 sub a-e and l. */
  LAWFUL_RESIDENT,
  NONE
}
