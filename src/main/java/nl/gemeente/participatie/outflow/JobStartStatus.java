package nl.gemeente.participatie.outflow;

/** Where a job start stands. */
public enum JobStartStatus {
  /** Reported; the rules propose, the caseworker decides. */
  REPORTED,
  /** The caseworker decided on the benefit; aftercare runs. */
  DECIDED,
  /** Aftercare over and the client still works. */
  JOB_KEPT,
  /** The job ended within the aftercare period. */
  JOB_LOST
}
