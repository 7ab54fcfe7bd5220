package nl.gemeente.participatie.eligibility.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import nl.gemeente.participatie.eligibility.AdvanceDecision;
import nl.gemeente.participatie.eligibility.Advice;
import nl.gemeente.participatie.eligibility.Review;
import nl.gemeente.participatie.platform.camunda.JsonVariable;

/**
 * Element ids and the declarations of the variables of the application and eligibility stage
 * (process {@code bijstandApplication}, bpmn/application.bpmn: person data, search period, application, Awb clock, decision; ADR 0008). Each variable is
 * declared once, with its type; dates and moments are ISO text because timers and task due dates
 * read them as such.
 */
public final class EligibilityProcess {

  public static final String SERVICE_TASK_FETCH_PERSON = "ServiceTask_FetchPersonData";
  public static final String SERVICE_TASK_FETCH_INCOME = "ServiceTask_FetchIncomeData";
  public static final String SERVICE_TASK_CHECK_BENEFITS_REGISTER = "ServiceTask_CheckBenefitsRegister";
  public static final String USER_TASK_SEARCH_PERIOD = "UserTask_SearchPeriod";
  public static final String USER_TASK_REVIEW = "UserTask_ReviewEligibility";
  public static final String USER_TASK_APPROVE = "UserTask_ApproveDecision";
  /** The Awb clock's timers on subprocess "Beslissen op de aanvraag". */
  static final String BOUNDARY_AWB_WARNING = "BoundaryEvent_AwbDeadlineWarning";
  static final String BOUNDARY_AWB_DEADLINE = "BoundaryEvent_AwbDeadlineReached";

  /** Start of the day after the search period, Dutch time, ISO date-time (timer), or null: no search period. */
  public static final VariableFactory<String> SEARCH_PERIOD_ENDS = stringVariable("searchPeriodEnds");
  /** JSON from form "Zoektermijn volgen": the exemption the caseworker grants. */
  static final JsonVariable<RecordSearchPeriodExemptionDelegate.Exemption> EXEMPTION =
      JsonVariable.of("exemption", RecordSearchPeriodExemptionDelegate.Exemption.class);

  /** ISO date of the Awb deadline: due date of the tasks, shown in the forms. */
  public static final VariableFactory<String> AWB_DEADLINE = stringVariable("awbDeadline");
  /** Start of the deadline's day, Dutch time, ISO date-time: timer "Uiterste beslisdatum". */
  static final VariableFactory<String> AWB_DEADLINE_MOMENT = stringVariable("awbDeadlineMoment");
  /** Start of the day the deadline warning is due, ISO date-time: timer "Beslistermijn bijna om". */
  static final VariableFactory<String> AWB_WARNING_AT = stringVariable("awbWarningAt");
  /** Start of the day four weeks after the application, ISO date-time: timer "Vier weken zonder besluit" (art. 52). */
  static final VariableFactory<String> ADVANCE_PAYMENT_DUE = stringVariable("advancePaymentDue");
  /** JSON from form "Voorschot beoordelen". */
  static final JsonVariable<AdvanceDecision> ADVANCE = JsonVariable.of("advance", AdvanceDecision.class);

  /**
   * Markdown for the review and approval forms: the rules' advice in Dutch, with every reason and its
   * article. Written by "Recht op bijstand toetsen", removed once the decision is taken.
   */
  static final VariableFactory<String> ADVICE_SUMMARY = stringVariable("adviceSummary");
  /**
   * JSON: the rules' advice as earlier versions wrote it; no code read it, and it is no longer
   * written (the advice is in {@code pw_eligibility}). Removed at the decision from cases that
   * started before.
   */
  static final JsonVariable<Advice> ADVICE_OF_EARLIER_VERSIONS = JsonVariable.of("advice", Advice.class);
  /** JSON from form "Recht op bijstand beoordelen"; removed once the decision is taken. */
  static final JsonVariable<Review> REVIEW = JsonVariable.of("review", Review.class);
  /** DECIDE, REQUEST_INFORMATION or EXTEND_DEADLINE: where the review leads. */
  static final VariableFactory<String> REVIEW_OUTCOME = stringVariable("reviewOutcome");
  /** Whether a refusal or a deviation from the advice needs the team lead's approval (four eyes). */
  static final VariableFactory<Boolean> NEEDS_SECOND_APPROVAL = booleanVariable("needsSecondApproval");
  /** What the client must supply (hersteltermijn): shown in "Gevraagde gegevens ontvangen". */
  static final VariableFactory<String> REQUESTED_INFORMATION = stringVariable("requestedInformation");
  /** ISO date: the last day of the hersteltermijn (due date of "Gevraagde gegevens ontvangen"). */
  static final VariableFactory<String> INFORMATION_DEADLINE = stringVariable("informationDeadline");
  /** Start of the day after the hersteltermijn, ISO date-time: timer "Hersteltermijn voorbij". */
  static final VariableFactory<String> INFORMATION_DEADLINE_MOMENT = stringVariable("informationDeadlineMoment");
  /** JSON from form "Buiten behandeling stellen". */
  static final JsonVariable<RecordNotProcessedDelegate.NotProcessedReview> NOT_PROCESSED_REVIEW =
      JsonVariable.of("notProcessedReview", RecordNotProcessedDelegate.NotProcessedReview.class);
  /** Whether the application is not processed (Awb 4:5). */
  static final VariableFactory<Boolean> NOT_PROCESSED = booleanVariable("notProcessed");
  /**
   * Markdown for the approval form: what was decided and why. Written when the caseworker decides,
   * removed once the decision is taken.
   */
  static final VariableFactory<String> DECISION_SUMMARY = stringVariable("decisionSummary");
  /** JSON from form "Besluit goedkeuren (vier ogen)". */
  static final JsonVariable<RecordApprovalDelegate.Approval> APPROVAL =
      JsonVariable.of("approval", RecordApprovalDelegate.Approval.class);
  /** Whether the team lead approved (false: back to the caseworker). */
  static final VariableFactory<Boolean> APPROVED = booleanVariable("approved");
  /** The decision taken ({@code Decision} name, GRANT or REFUSE): the steps after it branch on it. */
  static final VariableFactory<String> DECISION = stringVariable("decision");

  private EligibilityProcess() {}
}
