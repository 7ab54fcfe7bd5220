package nl.gemeente.participatie.outflow;

/** The outcome of one aftercare contact ("Nazorgcontact"). */
public enum AftercareOutcome {
  /** Still working, no concerns. */
  WORKING,
  /** Still working, but the job is at risk: the caseworker agreed support (recorded in the note). */
  AT_RISK,
  /** The job has ended: the client returns to the assessment stage of the case. */
  JOB_LOST,
  /** The client could not be reached; the next contact follows as planned. */
  NOT_REACHED
}
