package nl.gemeente.participatie.assessment.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import nl.gemeente.participatie.assessment.Assessment;
import nl.gemeente.participatie.assessment.Plan;
import nl.gemeente.participatie.assessment.RouteProposal;
import nl.gemeente.participatie.platform.camunda.JsonVariable;

/**
 * Messages and the declarations of the variables of the assessment and plan stage (processes
 * {@code assessmentAndPlan} and {@code planRevision}: broad intake, route, debt help, plan, next
 * step; ADR 0008).
 */
public final class AssessmentProcess {

  /** Message: a partner answered the debt-assistance referral. */
  static final String MESSAGE_DEBT_ASSISTANCE_ANSWER = "DebtAssistanceAnswer";
  /** Message: the caseworker revises the plan ("Plan herzien"). */
  static final String MESSAGE_PLAN_REVISION_REQUESTED = "PlanRevisionRequested";

  /** JSON from form "Brede intake afnemen": the whole assessment as one value. */
  static final JsonVariable<Assessment> ASSESSMENT = JsonVariable.of("assessment", Assessment.class);
  /** JSON: what the rules propose (for the record of the case in Cockpit; the plan form shows the summary). */
  static final JsonVariable<RouteProposal> ROUTE_PROPOSAL = JsonVariable.of("routeProposal", RouteProposal.class);
  /** Markdown for the plan form: the proposal in Dutch. */
  static final VariableFactory<String> ROUTE_SUMMARY = stringVariable("routeSummary");
  /** JSON from form "Plan van aanpak opstellen". */
  static final JsonVariable<Plan> PLAN = JsonVariable.of("plan", Plan.class);
  /** The agreed route ({@code Route} name). */
  static final VariableFactory<String> AGREED_ROUTE = stringVariable("agreedRoute");
  /** Whether the client is referred to debt assistance, beside the route (debts, and consent given). */
  static final VariableFactory<Boolean> DEBT_REFERRAL = booleanVariable("debtReferral");
  /** Debts, but no consent to share data with partners: the caseworker discusses it first. */
  static final VariableFactory<Boolean> DEBT_REFERRAL_WITHOUT_CONSENT = booleanVariable("debtReferralWithoutConsent");
  /** PURCHASE, EMPLOYER_SERVICES or MONITORING. */
  static final VariableFactory<String> NEXT_STEP = stringVariable("nextStep");
  /** The partner's answer to the referral (message DebtAssistanceAnswer): TAKEN_ON or DECLINED. */
  static final VariableFactory<String> DEBT_ASSISTANCE_STATUS = stringVariable("debtAssistanceStatus");

  private AssessmentProcess() {}
}
