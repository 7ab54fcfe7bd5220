package nl.gemeente.participatie.assessment.process;

/** Variables of the assessment stage (processes {@code assessmentAndPlan} and {@code planRevision}). */
public final class AssessmentProcess {

  /** JSON from form "Brede intake afnemen": the whole assessment as one value. */
  public static final String VAR_ASSESSMENT = "assessment";
  /** JSON: what the rules propose. */
  public static final String VAR_ROUTE_PROPOSAL = "routeProposal";
  /** Markdown for the plan form: the proposal in Dutch. */
  public static final String VAR_ROUTE_SUMMARY = "routeSummary";
  /** JSON from form "Plan van aanpak opstellen". */
  public static final String VAR_PLAN = "plan";
  public static final String VAR_AGREED_ROUTE = "agreedRoute";
  /** Whether the client is referred to debt assistance, beside the route (debts, and consent given). */
  public static final String VAR_DEBT_REFERRAL = "debtReferral";
  /** Debts, but no consent to share data with partners: the caseworker discusses it first. */
  public static final String VAR_DEBT_REFERRAL_WITHOUT_CONSENT = "debtReferralWithoutConsent";
  /** PURCHASE, EMPLOYER_SERVICES or MONITORING. */
  public static final String VAR_NEXT_STEP = "nextStep";

  private AssessmentProcess() {}
}
