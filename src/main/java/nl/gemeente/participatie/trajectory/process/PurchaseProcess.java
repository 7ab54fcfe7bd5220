package nl.gemeente.participatie.trajectory.process;

/** Variables of process {@code trajectoryPurchase}. */
public final class PurchaseProcess {

  public static final String PROCESS_KEY = "trajectoryPurchase";
  /** The agreed route that needs a bought service: the trajectory type. */
  public static final String VAR_TRAJECTORY_TYPE = "trajectoryType";
  /** JSON list of {partnerId, priceCeiling, contract}, in order of preference. */
  public static final String VAR_CANDIDATES = "candidates";
  public static final String VAR_CANDIDATE_INDEX = "candidateIndex";
  public static final String VAR_CANDIDATE_COUNT = "candidateCount";
  public static final String VAR_BUDGET_RESERVED = "budgetReserved";
  public static final String VAR_RESERVATION_ID = "reservationId";
  public static final String VAR_ASSIGNMENT_ID = "assignmentId";
  public static final String VAR_ASSIGNMENT_ACCEPTED = "assignmentAccepted";
  /** Set with the partner's answer: whether the accepted trajectory needs a signed agreement ({@code TrajectoryTypes}). */
  public static final String VAR_AGREEMENT_REQUIRED = "agreementRequired";
  /** JSON from form "Budget ontoereikend: beslissen": {choice: APPROVE_OVERRUN | WAITING_LIST, reason}. */
  public static final String VAR_BUDGET_DECISION = "budgetDecision";
  public static final String MESSAGE_ASSIGNMENT_ANSWERED = "AssignmentAnswered";

  private PurchaseProcess() {}
}
