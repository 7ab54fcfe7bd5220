package nl.gemeente.participatie.intake;

/** Where a case goes after the intake conversation. */
public enum IntakeNext {
  /** An application for bijstand: search period, facts, rules, decision. */
  APPLICATION,
  /** Work support only: straight to the broad assessment. */
  ASSESSMENT,
  /** Withdrawn or referred: the case is closed. */
  CLOSED
}
