package nl.gemeente.participatie.signals.process;

import nl.gemeente.participatie.signals.SignalProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaSignalProcess implements SignalProcess {

  static final String CASE_PROCESS_KEY = "participationCase";
  static final String MESSAGE_SIGNAL_RECEIVED = "SignalReceived";
  static final String VAR_SIGNAL_ID = "signalId";
  static final String VAR_SIGNAL_SUMMARY = "signalSummary";

  private final RuntimeService runtimeService;

  CamundaSignalProcess(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public boolean caseRuns(String caseId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CASE_PROCESS_KEY)
        .processInstanceBusinessKey(caseId).count() > 0;
  }

  /**
   * The correlation hands the signal's id and summary to the case; the check's first step
   * ("Signaal klaarzetten") moves them into the check's own scope, so checks of several signals run side
   * by side. Each signal arrives in its own transaction, so nothing comes between the two.
   */
  @Override
  public void startCheck(String caseId, String signalId, String summary) {
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(CASE_PROCESS_KEY)
        .processInstanceBusinessKey(caseId).singleResult().getId();
    runtimeService.createMessageCorrelation(MESSAGE_SIGNAL_RECEIVED)
        .processInstanceId(instanceId)
        .setVariable(VAR_SIGNAL_ID, signalId)
        .setVariable(VAR_SIGNAL_SUMMARY, summary)
        .correlateWithResult();
  }
}
