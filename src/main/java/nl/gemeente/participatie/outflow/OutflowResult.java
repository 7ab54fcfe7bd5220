package nl.gemeente.participatie.outflow;

/** How the outflow process ended, for the case (gateway "Baan behouden?"). */
public enum OutflowResult {
  /** The job ended within aftercare: back to the assessment stage (plan revision). */
  JOB_LOST,
  /** The job lasted through aftercare and no benefit is paid any more: the case ends with outflow to work. */
  OUTFLOW,
  /** The job lasted, beside a supplementary benefit: the case goes on. */
  SUPPLEMENT_CONTINUES
}
