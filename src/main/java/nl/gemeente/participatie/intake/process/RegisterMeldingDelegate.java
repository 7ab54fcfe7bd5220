package nl.gemeente.participatie.intake.process;

import nl.gemeente.participatie.zaak.Melding;

import static nl.gemeente.participatie.intake.process.IntakeVariables.BSN;
import static nl.gemeente.participatie.intake.process.IntakeVariables.CHANNEL;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.CASE_NUMBER;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.REPORT_DATE;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.REQUEST_TYPE;

import io.holunda.camunda.bpm.data.adapter.WrongVariableTypeException;
import io.holunda.camunda.bpm.data.factory.VariableFactory;

import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.DuplicateOpenCaseException;
import nl.gemeente.participatie.intake.IntakeService;
import nl.gemeente.participatie.zaak.CaseLifecycle;
import nl.gemeente.participatie.intake.InvalidMeldingException;
import nl.gemeente.participatie.intake.MeldingInput;
import nl.gemeente.participatie.zaak.OpenCaseExistsException;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import java.util.List;
import nl.gemeente.participatie.zaak.process.CaseMapInstance;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Melding registreren": every case passes here first, in its intake (process {@code caseIntake}, called
 * by the case map; on cases of the earlier single-process model in the case process itself).
 *
 * <ul>
 *   <li>Started by the intake API: the case is registered already; link it to this process.
 *   <li>Started from the Tasklist start form: validate the form exactly as the API does, register
 *       the case, make its id the business key, and drop the BSN from the process (it lives in the
 *       case register). A rejection rolls the start back and Tasklist shows the Dutch message.
 * </ul>
 */
@Component("registerMelding")
class RegisterMeldingDelegate implements JavaDelegate {

  private final IntakeService intake;
  private final CaseLifecycle caseLifecycle;

  RegisterMeldingDelegate(IntakeService intake, CaseLifecycle caseLifecycle) {
    this.caseLifecycle = caseLifecycle;
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = execution.getProcessBusinessKey();
    if (caseId == null || formField(execution, BSN) != null) {
      // The start form: a new case, whose id then replaces whatever business key was typed in.
      registerFromStartForm(execution);
      return;
    }
    // Started by the intake API with the case id as business key. A start with another case's id as
    // business key fails here: that case already has its process (or is closed or unknown).
    caseLifecycle.attachProcess(caseId, CaseMapInstance.of(execution).getProcessInstanceId());
  }

  private void registerFromStartForm(DelegateExecution execution) {
    MeldingInput input = new MeldingInput(
        formField(execution, BSN),
        formField(execution, REPORT_DATE),
        formField(execution, REQUEST_TYPE),
        formField(execution, CHANNEL));
    CaseRecord caseRecord;
    try {
      caseRecord = intake.registerForRunningProcess(input, CurrentUser.of(execution),
          CaseMapInstance.of(execution).getProcessInstanceId());
    } catch (InvalidMeldingException e) {
      throw FormRejection.of(e.dutchMessage());
    } catch (OpenCaseExistsException e) {
      throw FormRejection.of("Er loopt al een zaak voor deze persoon: " + e.existingCaseId() + ".");
    } catch (DuplicateOpenCaseException e) {
      throw FormRejection.of("Er is zojuist al een zaak voor deze persoon geregistreerd.");
    }
    // The form's fields are on the case map (its start event) and, passed in, on this stage's process:
    // both get the case id as business key (every later stage inherits it) and lose the BSN.
    DelegateExecution caseMap = CaseMapInstance.of(execution);
    for (DelegateExecution instance : caseMap.getId().equals(execution.getProcessInstanceId())
        ? List.of(caseMap) : List.of(caseMap, execution.getProcessInstance())) {
      instance.setProcessBusinessKey(caseRecord.caseId());
      CASE_NUMBER.on(instance).set(caseRecord.caseId());
      REQUEST_TYPE.on(instance).set(caseRecord.requestType().name());
      REPORT_DATE.on(instance).set(caseRecord.reportDate().toString());
      BSN.on(instance).remove();
      CHANNEL.on(instance).remove();
    }
  }

  /** A start form field: text (Tasklist submits text); anything else is refused, naming the field, never the value. */
  private static String formField(DelegateExecution execution, VariableFactory<String> field) {
    try {
      return field.from(execution).getOrNull();
    } catch (WrongVariableTypeException e) {
      throw FormRejection.of("Het veld '" + field.getName() + "' heeft een ongeldige waarde: vul tekst in.");
    }
  }
}
