package nl.gemeente.participatie.intake;

/** How a case ended. */
public enum CaseOutcome {
  /** Intake done and the request goes ahead; for work support only, the route to work follows (issue 4). */
  PROCEED,
  WITHDRAWN,
  REFERRED,
  /** Bijstand granted (besluit toekenning). */
  GRANTED,
  /** Bijstand refused (besluit afwijzing), after a second approval. */
  REFUSED,
  /** Application not processed: requested information not supplied in time (Awb 4:5). */
  NOT_PROCESSED
}
