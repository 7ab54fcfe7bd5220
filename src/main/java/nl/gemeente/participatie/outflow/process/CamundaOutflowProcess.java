package nl.gemeente.participatie.outflow.process;

import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.MESSAGE_JOB_LOST;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.MESSAGE_JOB_STARTED;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.PROCESS_KEY;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.JOB_START_ID;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.LAST_WORKING_DAY;

import java.time.LocalDate;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import nl.gemeente.participatie.outflow.OutflowProcess;
import nl.gemeente.participatie.outflow.OutflowService.OutflowNotPossibleException;
import nl.gemeente.participatie.zaak.process.CaseProcessGateway;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

@Component
class CamundaOutflowProcess implements OutflowProcess {

  static final String AFTERCARE = "SubProcess_Aftercare";

  private final RuntimeService runtimeService;
  private final CaseProcessGateway caseProcess;

  CamundaOutflowProcess(RuntimeService runtimeService, CaseProcessGateway caseProcess) {
    this.runtimeService = runtimeService;
    this.caseProcess = caseProcess;
  }

  @Override
  public void jobStarted(String caseId, String jobStartId) {
    if (caseProcess.caseMap(caseId).isEmpty()
        || !caseProcess.correlate(caseId, MESSAGE_JOB_STARTED, CamundaBpmData.builder().set(JOB_START_ID, jobStartId).build())) {
      throw new OutflowNotPossibleException("The case's process does not run any more");
    }
  }

  @Override
  public void jobLost(String caseId, LocalDate lastWorkingDay) {
    ProcessInstance outflow = caseProcess.running(caseId, PROCESS_KEY).orElse(null);
    if (outflow == null || !inAftercare(outflow)) {
      throw new OutflowNotPossibleException("The case has no job in aftercare");
    }
    runtimeService.createMessageCorrelation(MESSAGE_JOB_LOST)
        .processInstanceId(outflow.getId())
        .setVariables(CamundaBpmData.builder().set(LAST_WORKING_DAY, lastWorkingDay.toString()).build())
        .correlateWithResult();
  }

  @Override
  public boolean inAftercare(String caseId) {
    ProcessInstance outflow = caseProcess.running(caseId, PROCESS_KEY).orElse(null);
    return outflow != null && inAftercare(outflow);
  }

  private boolean inAftercare(ProcessInstance outflow) {
    return runtimeService.getActiveActivityIds(outflow.getId()).stream()
        .anyMatch(id -> id.startsWith(AFTERCARE) || id.equals("CatchEvent_AftercareDue")
            || id.equals("UserTask_AftercareContact"));
  }

  /** Only the variable the outflow needs; the case id is the business key. */
  static String jobStartId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return JOB_START_ID.from(scope).getOrNull();
  }
}
