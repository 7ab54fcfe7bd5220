package nl.gemeente.participatie.outflow.process;

import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.CASE_PROCESS_KEY;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.MESSAGE_JOB_LOST;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.MESSAGE_JOB_STARTED;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.PROCESS_KEY;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_JOB_START_ID;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_LAST_WORKING_DAY;

import java.time.LocalDate;
import nl.gemeente.participatie.outflow.OutflowProcess;
import nl.gemeente.participatie.outflow.OutflowService.OutflowNotPossibleException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

@Component
class CamundaOutflowProcess implements OutflowProcess {

  static final String AFTERCARE = "SubProcess_Aftercare";

  private final RuntimeService runtimeService;

  CamundaOutflowProcess(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void jobStarted(String caseId, String jobStartId) {
    ProcessInstance caseInstance = running(CASE_PROCESS_KEY, caseId);
    if (caseInstance == null) {
      throw new OutflowNotPossibleException("The case's process does not run any more");
    }
    runtimeService.createMessageCorrelation(MESSAGE_JOB_STARTED)
        .processInstanceId(caseInstance.getId())
        .setVariable(VAR_JOB_START_ID, jobStartId)
        .correlateWithResult();
  }

  @Override
  public void jobLost(String caseId, LocalDate lastWorkingDay) {
    ProcessInstance outflow = running(PROCESS_KEY, caseId);
    if (outflow == null || !inAftercare(outflow)) {
      throw new OutflowNotPossibleException("The case has no job in aftercare");
    }
    runtimeService.createMessageCorrelation(MESSAGE_JOB_LOST)
        .processInstanceId(outflow.getId())
        .setVariable(VAR_LAST_WORKING_DAY, lastWorkingDay.toString())
        .correlateWithResult();
  }

  @Override
  public boolean inAftercare(String caseId) {
    ProcessInstance outflow = running(PROCESS_KEY, caseId);
    return outflow != null && inAftercare(outflow);
  }

  private boolean inAftercare(ProcessInstance outflow) {
    return runtimeService.getActiveActivityIds(outflow.getId()).stream()
        .anyMatch(id -> id.startsWith(AFTERCARE) || id.equals("CatchEvent_AftercareDue")
            || id.equals("UserTask_AftercareContact"));
  }

  private ProcessInstance running(String processKey, String caseId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(caseId).active().singleResult();
  }

  /** Only the variable the outflow needs; the case id is the business key. */
  static String jobStartId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return (String) scope.getVariable(VAR_JOB_START_ID);
  }
}
