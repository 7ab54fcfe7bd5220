package nl.gemeente.participatie.zaak;

/** Where a case stands in the Participatiewet process (domain reference, steps 1-11). */
public enum CaseStage {
  /** Melding received, case registered, process not yet at the intake. */
  MELDING,
  /** Intake conversation (intakegesprek) with the client. */
  INTAKE,
  /** A young applicant's four-week search period before the application (art. 41 lid 4). */
  SEARCH_PERIOD,
  /** Application: facts gathered, rules advise, caseworker decides within the Awb term. */
  ELIGIBILITY,
  /** Broad assessment, obligations, route and plan (steps 6-8). */
  ASSESSMENT,
  /** Outflow to paid work: the benefit ended or adjusted, aftercare contacts (step 11). */
  OUTFLOW,
  CLOSED
}
