package nl.gemeente.participatie.outflow;

/** Who reported the job start. */
public enum JobStartSource {
  /** The caseworker (klantmanager), e.g. after the client called. */
  CASEWORKER,
  /** The employer-services team (werkgeversservicepunt) that placed the client. */
  EMPLOYER_SERVICES,
  /** A re-integration partner's end report with result paid work. */
  PARTNER_END_REPORT
}
