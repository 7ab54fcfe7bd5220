package nl.gemeente.participatie.outflow.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import nl.gemeente.participatie.outflow.AftercareContact;
import nl.gemeente.participatie.outflow.OutflowReview;
import nl.gemeente.participatie.platform.camunda.JsonVariable;

/**
 * Process {@code outflowToWork} and the case's "Uitstroom naar werk": key, messages and the
 * declarations of their variables (ADR 0008). The result the case ends with is the case's own
 * ({@link nl.gemeente.participatie.zaak.process.ParticipationCaseProcess#CASE_RESULT}).
 */
public final class OutflowToWorkProcess {

  public static final String PROCESS_KEY = "outflowToWork";

  /** Case message: starts event subprocess "Uitstroom naar werk". */
  public static final String MESSAGE_JOB_STARTED = "JobStarted";
  /** Outflow message: a lost job reported between aftercare contacts. */
  public static final String MESSAGE_JOB_LOST = "JobLost";

  /** The job start the outflow follows ({@code pw_job_start}); checked to belong to the case. */
  static final VariableFactory<String> JOB_START_ID = stringVariable("jobStartId");
  /** Case variable: the employer-services team placed the client ("Bemiddelen naar vacature"). */
  static final VariableFactory<Boolean> PLACED = booleanVariable("placed");
  /** JSON from form "Bemiddelen naar vacature". */
  static final JsonVariable<OutflowDelegates.Mediation> MEDIATION = JsonVariable.of("mediation", OutflowDelegates.Mediation.class);
  /** The proposal in Dutch for the review form; removed once decided. */
  static final VariableFactory<String> OUTFLOW_SUMMARY = stringVariable("outflowSummary");
  /** JSON from form "Uitstroom beoordelen"; removed once recorded. */
  static final JsonVariable<OutflowReview> OUTFLOW_REVIEW = JsonVariable.of("outflowReview", OutflowReview.class);
  /** CORRECTED, NO_BENEFIT or BESLUIT: where the review leads. */
  static final VariableFactory<String> OUTFLOW_NEXT = stringVariable("outflowNext");
  /** Whether an exemption of income from work runs (its end is a timer). */
  static final VariableFactory<Boolean> EXEMPTION_RUNS = booleanVariable("exemptionRuns");
  /** The number of the aftercare contact (0, 1, ...): the multi-instance's element variable. */
  static final VariableFactory<Integer> AFTERCARE_MOMENT = intVariable("aftercareMoment");
  /** JSON from form "Nazorgcontact"; removed once recorded. */
  static final JsonVariable<AftercareContact> AFTERCARE_CONTACT = JsonVariable.of("aftercareContact", AftercareContact.class);
  /** Whether the job was lost (ends the aftercare's multi-instance). */
  static final VariableFactory<Boolean> JOB_LOST = booleanVariable("jobLost");
  /** ISO date: the last working day of a lost job (message JobLost). */
  static final VariableFactory<String> LAST_WORKING_DAY = stringVariable("lastWorkingDay");
  /** Case variable: JOB_LOST, OUTFLOW or SUPPLEMENT_CONTINUES. */
  static final VariableFactory<String> OUTFLOW_RESULT = stringVariable("outflowResult");

  private OutflowToWorkProcess() {}
}
