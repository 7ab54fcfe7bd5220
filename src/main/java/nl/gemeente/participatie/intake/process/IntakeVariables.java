package nl.gemeente.participatie.intake.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import nl.gemeente.participatie.intake.IntakeConversation;
import nl.gemeente.participatie.platform.camunda.JsonVariable;

/**
 * Variables of the intake stage (melding registration and intake conversation; ADR 0008). The case's
 * shared variables (case number, request type, report date) are in
 * {@link nl.gemeente.participatie.zaak.process.ParticipationCaseProcess}.
 */
public final class IntakeVariables {

  /**
   * Start form field (Tasklist, bpmn/melding-start.form): the client's BSN. Read once by the
   * registration, then removed from the process; never written to history
   * (platform.camunda.HistoryWithoutPersonalData).
   */
  public static final VariableFactory<String> BSN = stringVariable("bsn");
  /** Start form field: the channel the melding came in through ({@code IntakeChannel}); removed with the BSN. */
  public static final VariableFactory<String> CHANNEL = stringVariable("channel");

  /**
   * JSON from form "Intakegesprek voeren": what the intake conversation recorded; the assessment
   * reads the client's consent to share data with partners from it.
   */
  public static final JsonVariable<IntakeConversation> INTAKE = JsonVariable.of("intake", IntakeConversation.class);
  /** Whether the intake leads to an application for bijstand. */
  public static final VariableFactory<Boolean> APPLICATION_FOLLOWS = booleanVariable("applicationFollows");
  /** Whether the intake leads straight to the assessment (work support only). */
  public static final VariableFactory<Boolean> ASSESSMENT_FOLLOWS = booleanVariable("assessmentFollows");

  private IntakeVariables() {}
}
