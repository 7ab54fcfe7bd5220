package nl.gemeente.participatie.intake.process;

import nl.gemeente.participatie.zaak.Melding;

import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.FORM_BSN;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.FORM_CHANNEL;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.VAR_CASE_NUMBER;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.VAR_REPORT_DATE;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.VAR_REQUEST_TYPE;

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
    if (caseId == null || execution.hasVariable(FORM_BSN)) {
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
        stringVariable(execution, FORM_BSN),
        stringVariable(execution, VAR_REPORT_DATE),
        stringVariable(execution, VAR_REQUEST_TYPE),
        stringVariable(execution, FORM_CHANNEL));
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
      instance.setVariable(VAR_CASE_NUMBER, caseRecord.caseId());
      instance.setVariable(VAR_REQUEST_TYPE, caseRecord.requestType().name());
      instance.setVariable(VAR_REPORT_DATE, caseRecord.reportDate().toString());
      instance.removeVariable(FORM_BSN);
      instance.removeVariable(FORM_CHANNEL);
    }
  }

  private static String stringVariable(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
