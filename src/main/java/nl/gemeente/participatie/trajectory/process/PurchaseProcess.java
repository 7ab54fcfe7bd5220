package nl.gemeente.participatie.trajectory.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import nl.gemeente.participatie.platform.camunda.JsonVariable;
import nl.gemeente.participatie.trajectory.ProviderSelection;

/**
 * Process {@code trajectoryPurchase}: key, messages and the declarations of its variables (buying
 * a trajectory, and following it: reports, reminders, end review, invoice; ADR 0008).
 */
public final class PurchaseProcess {

  public static final String PROCESS_KEY = "trajectoryPurchase";

  /** Message: the partner accepted or declined the assignment. */
  public static final String MESSAGE_ASSIGNMENT_ANSWERED = "AssignmentAnswered";
  /** Message: the partner sent a progress report. */
  static final String MESSAGE_PROGRESS_REPORTED = "ProgressReported";
  /** Message: the partner sent the end report. */
  static final String MESSAGE_END_REPORTED = "EndReported";
  /** Message: the partner sent an invoice. */
  static final String MESSAGE_INVOICE_RECEIVED = "InvoiceReceived";

  /** The agreed route that needs a bought service: the trajectory type. */
  static final VariableFactory<String> TRAJECTORY_TYPE = stringVariable("trajectoryType");
  /** JSON list of {partnerId, priceCeiling, contract}, in order of preference. */
  static final JsonVariable<ProviderSelection.Candidate[]> CANDIDATES =
      JsonVariable.of("candidates", ProviderSelection.Candidate[].class);
  /** The candidate the assignment is offered to now (0-based). */
  static final VariableFactory<Integer> CANDIDATE_INDEX = intVariable("candidateIndex");
  static final VariableFactory<Integer> CANDIDATE_COUNT = intVariable("candidateCount");
  /** Whether the budget is reserved (false: the team lead decides on an overrun). */
  static final VariableFactory<Boolean> BUDGET_RESERVED = booleanVariable("budgetReserved");
  /** The budget reservation ({@code pw_budget_reservation}); checked to belong to the case. */
  static final VariableFactory<String> RESERVATION_ID = stringVariable("reservationId");
  /** JSON from form "Budget ontoereikend: beslissen": {choice: APPROVE_OVERRUN | WAITING_LIST, reason}. */
  static final JsonVariable<PurchaseDelegates.RecordBudgetDecision.BudgetDecision> BUDGET_DECISION =
      JsonVariable.of("budgetDecision", PurchaseDelegates.RecordBudgetDecision.BudgetDecision.class);
  /**
   * The assignment offered to a partner ({@code pw_assignment}); partners' answers and reports find
   * the purchase by it, and it is checked to belong to the case.
   */
  public static final VariableFactory<String> ASSIGNMENT_ID = stringVariable("assignmentId");
  /** Whether the partner accepted (message AssignmentAnswered). */
  static final VariableFactory<Boolean> ASSIGNMENT_ACCEPTED = booleanVariable("assignmentAccepted");
  /**
   * Set with the partner's answer: whether the accepted trajectory needs a signed agreement
   * ({@code TrajectoryTypes}); the purchase branches on it.
   */
  static final VariableFactory<Boolean> AGREEMENT_REQUIRED = booleanVariable("agreementRequired");

  /** Whether the partner was reminded of a late report (the next wait is the grace period). */
  static final VariableFactory<Boolean> REMINDED = booleanVariable("reminded");
  /** The partner's last progress report, for form "Voortgangsrapportage" (message ProgressReported). */
  static final VariableFactory<String> LAST_PROGRESS_REPORT = stringVariable("lastProgressReport");
  /** The result the partner reports at the end ({@code TrajectoryReports.Result} name; message EndReported). */
  static final VariableFactory<String> END_RESULT = stringVariable("endResult");
  /** The partner's end report, for form "Eindrapportage". */
  static final VariableFactory<String> END_SUMMARY = stringVariable("endSummary");
  /** Whether the end report says paid work (the job start goes to the case). */
  static final VariableFactory<Boolean> PAID_WORK = booleanVariable("paidWork");
  /** JSON from form "Overeenkomst controleren" (maatschappelijke baan). */
  static final JsonVariable<FollowUpDelegates.RecordAgreement.Agreement> AGREEMENT =
      JsonVariable.of("agreement", FollowUpDelegates.RecordAgreement.Agreement.class);
  /** JSON from form "Eindrapportage". */
  static final JsonVariable<FollowUpDelegates.RecordEndReview.EndReview> END_REVIEW =
      JsonVariable.of("endReview", FollowUpDelegates.RecordEndReview.EndReview.class);
  /** The partner's invoice number (message InvoiceReceived). */
  static final VariableFactory<String> INVOICE_NUMBER = stringVariable("invoiceNumber");
  /** The invoiced amount in euros, as plain decimal text (message InvoiceReceived). */
  static final VariableFactory<String> INVOICE_AMOUNT = stringVariable("invoiceAmount");
  /** Whether the invoice is within the contract price and the reservation. */
  static final VariableFactory<Boolean> INVOICE_WITHIN = booleanVariable("invoiceWithin");
  /** The amount to pay instead of the invoiced one (the contract price), plain decimal text, or null. */
  static final VariableFactory<String> INVOICE_TO_PAY = stringVariable("invoiceToPay");
  /** JSON from form "Factuur wijkt af". */
  static final JsonVariable<FollowUpDelegates.RecordInvoiceDecision.InvoiceDecision> INVOICE_DECISION =
      JsonVariable.of("invoiceDecision", FollowUpDelegates.RecordInvoiceDecision.InvoiceDecision.class);

  private PurchaseProcess() {}
}
