package nl.gemeente.participatie.zaak;

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
  NOT_PROCESSED,
  /** Outflow to paid work: the benefit ended (or no benefit) and the job lasted through aftercare (step 11). */
  OUTFLOW_TO_WORK,
  /** Moved out of the municipality (BRP). */
  MOVED,
  /** Other income (e.g. a UWV benefit or pension) ends the need for assistance. */
  OTHER_INCOME,
  DECEASED,
  /** The benefit was withdrawn: information asked after a suspension was not supplied in time (art. 54 lid 4). */
  BENEFIT_WITHDRAWN
}
