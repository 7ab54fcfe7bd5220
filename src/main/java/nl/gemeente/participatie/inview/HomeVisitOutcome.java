package nl.gemeente.participatie.inview;

/** The outcome of an outreach visit ("Huisbezoek afleggen"). */
public enum HomeVisitOutcome {
  /** Found at home and agreed to come to the next appointment. */
  FOUND_REENGAGED,
  /** Does not live at the address any more: a signal for the case (moved). */
  MOVED,
  /** Not found; the team decides on the next step (e.g. a letter, suspension). */
  NOT_FOUND
}
