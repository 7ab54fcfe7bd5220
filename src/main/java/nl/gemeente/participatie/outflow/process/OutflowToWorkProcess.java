package nl.gemeente.participatie.outflow.process;

/** Variables and messages of process {@code outflowToWork} and of the case's "Uitstroom naar werk". */
public final class OutflowToWorkProcess {

  public static final String PROCESS_KEY = "outflowToWork";

  /** Case message: starts event subprocess "Uitstroom naar werk". */
  public static final String MESSAGE_JOB_STARTED = "JobStarted";
  /** Outflow message: a lost job reported between aftercare contacts. */
  public static final String MESSAGE_JOB_LOST = "JobLost";

  public static final String VAR_JOB_START_ID = "jobStartId";
  /** Case variable: the employer-services team placed the client ("Bemiddelen naar vacature"). */
  public static final String VAR_PLACED = "placed";
  public static final String VAR_OUTFLOW_REVIEW = "outflowReview";
  /** The proposal in Dutch for the review form; removed once decided. */
  public static final String VAR_OUTFLOW_SUMMARY = "outflowSummary";
  /** CORRECTED, NO_BENEFIT or BESLUIT: where the review leads. */
  public static final String VAR_OUTFLOW_NEXT = "outflowNext";
  public static final String VAR_EXEMPTION_RUNS = "exemptionRuns";
  public static final String VAR_AFTERCARE_MOMENT = "aftercareMoment";
  public static final String VAR_AFTERCARE_CONTACT = "aftercareContact";
  public static final String VAR_JOB_LOST = "jobLost";
  public static final String VAR_LAST_WORKING_DAY = "lastWorkingDay";
  /** Case variable: JOB_LOST, OUTFLOW or SUPPLEMENT_CONTINUES. */
  public static final String VAR_OUTFLOW_RESULT = "outflowResult";
  /** Case variable: the result the case ends with ("Zaak beëindigen"). */
  public static final String VAR_CASE_RESULT = "caseResult";

  private OutflowToWorkProcess() {}
}
