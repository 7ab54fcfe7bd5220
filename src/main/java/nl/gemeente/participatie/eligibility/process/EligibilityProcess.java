package nl.gemeente.participatie.eligibility.process;

/** Variables and element ids of the application and eligibility stage (process {@code bijstandApplication}, bpmn/application.bpmn). */
public final class EligibilityProcess {

  public static final String SERVICE_TASK_FETCH_PERSON = "ServiceTask_FetchPersonData";
  public static final String SERVICE_TASK_FETCH_INCOME = "ServiceTask_FetchIncomeData";
  public static final String SERVICE_TASK_CHECK_BENEFITS_REGISTER = "ServiceTask_CheckBenefitsRegister";
  public static final String USER_TASK_SEARCH_PERIOD = "UserTask_SearchPeriod";
  public static final String USER_TASK_REVIEW = "UserTask_ReviewEligibility";
  public static final String USER_TASK_APPROVE = "UserTask_ApproveDecision";

  /** Start of the day after the search period, Dutch time, ISO date-time (timer), or null. */
  public static final String VAR_SEARCH_PERIOD_ENDS = "searchPeriodEnds";
  /** ISO date of the Awb deadline: due date of the tasks. */
  public static final String VAR_AWB_DEADLINE = "awbDeadline";
  /** JSON {eligible, reasons, monthlyNorm, benefitAmount}: the rules' advice. */
  public static final String VAR_ADVICE = "advice";
  /** Markdown for the review form: the advice in Dutch, with every reason and its article. */
  public static final String VAR_ADVICE_SUMMARY = "adviceSummary";
  /** JSON from form "Recht op bijstand beoordelen". */
  public static final String VAR_REVIEW = "review";
  public static final String VAR_NEEDS_SECOND_APPROVAL = "needsSecondApproval";
  /** DECIDE, REQUEST_INFORMATION or EXTEND_DEADLINE: where the review leads. */
  public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
  /** What the client must supply, and by when (hersteltermijn): shown in "Gevraagde gegevens ontvangen". */
  public static final String VAR_REQUESTED_INFORMATION = "requestedInformation";
  public static final String VAR_INFORMATION_DEADLINE = "informationDeadline";
  public static final String VAR_INFORMATION_DEADLINE_MOMENT = "informationDeadlineMoment";
  /** JSON from form "Buiten behandeling stellen". */
  public static final String VAR_NOT_PROCESSED_REVIEW = "notProcessedReview";
  public static final String VAR_NOT_PROCESSED = "notProcessed";
  /** JSON from form "Voorschot beoordelen". */
  public static final String VAR_ADVANCE = "advance";
  /** Markdown for the approval form: what was decided and why. */
  public static final String VAR_DECISION_SUMMARY = "decisionSummary";
  /** JSON from form "Besluit goedkeuren (vier ogen)". */
  public static final String VAR_APPROVAL = "approval";
  public static final String VAR_APPROVED = "approved";
  /** JSON from form "Zoektermijn volgen": the exemption the caseworker grants. */
  public static final String VAR_EXEMPTION = "exemption";

  private EligibilityProcess() {}
}
