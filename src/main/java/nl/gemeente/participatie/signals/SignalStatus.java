package nl.gemeente.participatie.signals;

public enum SignalStatus {
  /** Handed to the running case: "Signaal beoordelen" is open or done. */
  CHECK_STARTED,
  /** No running case for the person: recorded, for the team to look at; never an error. */
  NO_RUNNING_CASE,
  /** The check ended. */
  HANDLED
}
