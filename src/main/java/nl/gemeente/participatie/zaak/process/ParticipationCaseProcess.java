package nl.gemeente.participatie.zaak.process;

/**
 * Names of process {@code participationCase} (bpmn/participation-case.bpmn): its key, element ids
 * that code and tests refer to, and its few process variables. Personal data is not among them: the
 * case id leads to the case register.
 */
public final class ParticipationCaseProcess {

  public static final String PROCESS_KEY = "participationCase";

  /*
   * The stage processes the case map calls (call activities, business key = case id; ADR 7). Each
   * has its own file in bpmn/; the purchase (trajectoryPurchase) and the outflow (outflowToWork) are
   * called the same way.
   */
  /** bpmn/intake.bpmn: melding registration, intake conversation. */
  public static final String INTAKE_KEY = "caseIntake";
  /** bpmn/application.bpmn: person data, search period, application, Awb clock, decision, besluit, payment. */
  public static final String APPLICATION_KEY = "bijstandApplication";
  /** bpmn/assessment.bpmn: broad intake, route, debt help, plan, next step. */
  public static final String ASSESSMENT_KEY = "assessmentAndPlan";
  /** bpmn/plan-revision.bpmn: "Plan herzien". */
  public static final String PLAN_REVISION_KEY = "planRevision";
  /** bpmn/client-in-view.bpmn: reviews, outreach and home visit, signal checks, suspension. */
  public static final String CLIENT_IN_VIEW_KEY = "clientInView";

  public static final String USER_TASK_INTAKE_CONVERSATION = "UserTask_IntakeConversation";

  /*
   * The case id is the business key, and only the business key: every step takes its case from
   * there (platform.camunda.CaseKey). There is deliberately no case id variable a form or a variable
   * write could set.
   */

  /**
   * The case id shown in the forms' texts ({{caseNumber}}): a copy for display, read by no code
   * (package-private so it stays that way). Overwriting it changes a text, not the case acted on.
   */
  public static final String VAR_CASE_NUMBER = "caseNumber";
  /** {@code BIJSTAND} or {@code WORK_SUPPORT_ONLY}. */
  public static final String VAR_REQUEST_TYPE = "requestType";
  /** ISO date (yyyy-MM-dd) of the melding: the legal start. */
  public static final String VAR_REPORT_DATE = "reportDate";
  /** JSON: what the intake conversation recorded ({@link nl.gemeente.participatie.intake.IntakeConversation}). */
  public static final String VAR_INTAKE = "intake";

  /** Whether the intake leads to an application for bijstand. */
  public static final String VAR_APPLICATION_FOLLOWS = "applicationFollows";
  /** Whether the intake leads straight to the assessment (work support only). */
  public static final String VAR_ASSESSMENT_FOLLOWS = "assessmentFollows";

  /** Start form fields (Tasklist): read once by the registration, then removed from the process. */
  public static final String FORM_BSN = "bsn";
  public static final String FORM_CHANNEL = "channel";

  private ParticipationCaseProcess() {}
}
