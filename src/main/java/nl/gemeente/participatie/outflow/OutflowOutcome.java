package nl.gemeente.participatie.outflow;

/** What the job means for the benefit (decision {@code outflowDecision}). */
public enum OutflowOutcome {
  /** Income at or above the norm: besluit beëindiging. */
  END_BENEFIT,
  /** Income below the norm: supplementary benefit with income exemption (art. 31 lid 2 n), besluit wijziging. */
  SUPPLEMENT,
  /** No benefit is paid (work support only, or no benefit granted): nothing to end or change. */
  NO_BENEFIT
}
