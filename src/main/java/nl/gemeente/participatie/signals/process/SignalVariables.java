package nl.gemeente.participatie.signals.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import nl.gemeente.participatie.platform.camunda.JsonVariable;
import nl.gemeente.participatie.signals.SignalService;

/**
 * Variables of event subprocess "Signaal beoordelen" (ADR 0008). Each check keeps them local to its
 * own subprocess, so checks of several signals run side by side; the facts are in {@code pw_signal}.
 * The case result a check can set is the case's own
 * ({@link nl.gemeente.participatie.zaak.process.ParticipationCaseProcess#CASE_RESULT}).
 */
final class SignalVariables {

  /** The signal this check is about (message SignalReceived); checked to belong to the case. */
  static final VariableFactory<String> SIGNAL_ID = stringVariable("signalId");
  /** What the signal says, in Dutch, for the forms of the check (no personal data beyond the case's own). */
  static final VariableFactory<String> SIGNAL_SUMMARY = stringVariable("signalSummary");
  /** JSON from form "Signaal beoordelen"; removed once recorded. */
  static final JsonVariable<SignalService.Check> SIGNAL_CHECK = JsonVariable.of("signalCheck", SignalService.Check.class);
  /** {@code SignalOutcome} name: NO_EFFECT, RECOMPUTE or SUSPEND. */
  static final VariableFactory<String> SIGNAL_OUTCOME = stringVariable("signalOutcome");
  /**
   * Markdown for form "Herberekening beoordelen": the recomputed advice. Removed once the
   * recomputation is decided, so it never outlives its review.
   */
  static final VariableFactory<String> RECOMPUTATION_SUMMARY = stringVariable("recomputationSummary");
  /** JSON from form "Herberekening beoordelen"; removed once recorded. */
  static final JsonVariable<SignalDelegates.Recomputation> RECOMPUTATION =
      JsonVariable.of("recomputation", SignalDelegates.Recomputation.class);
  /** KEEP, CHANGE or END: where the recomputation leads. */
  static final VariableFactory<String> RECOMPUTATION_DECISION = stringVariable("recomputationDecision");
  /** JSON from form "Gegevens na opschorting"; removed once recorded. */
  static final JsonVariable<SignalDelegates.SuspensionInformation> SUSPENSION_INFORMATION =
      JsonVariable.of("suspensionInformation", SignalDelegates.SuspensionInformation.class);
  /** JSON from form "Intrekking na opschorting beoordelen"; removed once recorded. */
  static final JsonVariable<SignalDelegates.Withdrawal> WITHDRAWAL =
      JsonVariable.of("withdrawal", SignalDelegates.Withdrawal.class);
  /** WITHDRAW or RESUME. */
  static final VariableFactory<String> WITHDRAWAL_DECISION = stringVariable("withdrawalDecision");
  /** Form "Intrekking goedkeuren (vier ogen)": JSON {verdict, remark}; removed once recorded. */
  static final JsonVariable<SignalDelegates.WithdrawalApproval> WITHDRAWAL_APPROVAL =
      JsonVariable.of("withdrawalApproval", SignalDelegates.WithdrawalApproval.class);
  /** Whether the team lead approved the withdrawal. */
  static final VariableFactory<Boolean> WITHDRAWAL_APPROVED = booleanVariable("withdrawalApproved");
  /** What the team lead sees of the decision to withdraw (until approved). */
  static final VariableFactory<String> WITHDRAWAL_SUMMARY = stringVariable("withdrawalSummary");
  /** Why the team lead sent the withdrawal back, shown to the caseworker (until decided again). */
  static final VariableFactory<String> WITHDRAWAL_REMARK = stringVariable("withdrawalRemark");

  private SignalVariables() {}
}
