package nl.gemeente.participatie.zaak.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * Process {@code participationCase} (bpmn/participation-case.bpmn): its key, element ids that code
 * and tests refer to, and the declarations of the variables the whole case shares (ADR 0008). Each
 * engine variable of the service is declared once, with its type, in the declaration class of the
 * process or feature that owns it; code reads, writes and removes it only through that declaration.
 * Personal data is not among them: the case id leads to the case register.
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
   * there (CaseKey). There is deliberately no case id variable a form or a variable write could set
   * (architecture.VariableAccessRulesTest).
   */

  /**
   * The case id shown in the forms' texts ({{caseNumber}}): a copy for display, written at the start
   * and read by no code (architecture.VariableAccessRulesTest). Overwriting it changes a text, not
   * the case acted on.
   */
  public static final VariableFactory<String> CASE_NUMBER = stringVariable("caseNumber");
  /** {@code BIJSTAND} or {@code WORK_SUPPORT_ONLY} ({@code RequestType}); also a field of the start form. */
  public static final VariableFactory<String> REQUEST_TYPE = stringVariable("requestType");
  /** ISO date (yyyy-MM-dd) of the melding: the legal start; also a field of the start form. */
  public static final VariableFactory<String> REPORT_DATE = stringVariable("reportDate");
  /**
   * The result the whole case ends with ({@code CaseOutcome} name), set by the stage that ends it
   * (outflow to work, a withdrawal, a recomputation that ends the benefit) and read by "Zaak
   * beëindigen".
   */
  public static final VariableFactory<String> CASE_RESULT = stringVariable("caseResult");

  private ParticipationCaseProcess() {}
}
