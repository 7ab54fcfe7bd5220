package nl.gemeente.participatie.signals;

/** The caseworker's judgement of a signal ("Signaal beoordelen"). */
public enum SignalOutcome {
  /** No consequence for the right to assistance. */
  NO_EFFECT,
  /** The rules judge the benefit again on the new facts; the caseworker decides on the result. */
  RECOMPUTE,
  /** Information is missing: the benefit is suspended and the client gets a term (art. 54 lid 2). */
  SUSPEND
}
