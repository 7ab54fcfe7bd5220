package nl.gemeente.participatie.signals.process;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import nl.gemeente.participatie.signals.SignalProcess;
import nl.gemeente.participatie.zaak.process.CaseProcessGateway;
import org.springframework.stereotype.Component;

@Component
class CamundaSignalProcess implements SignalProcess {

  static final String MESSAGE_SIGNAL_RECEIVED = "SignalReceived";

  private final CaseProcessGateway caseProcess;

  CamundaSignalProcess(CaseProcessGateway caseProcess) {
    this.caseProcess = caseProcess;
  }

  /**
   * Whether the case takes signal checks now: "Signaal beoordelen" is part of keeping the client in
   * view (process clientInView), which starts when the route is proposed. Before that (intake,
   * application, broad intake) there is no benefit to recompute or suspend; the signal is then recorded
   * as for a person without a running case, for the team to look at (ADR 7).
   */
  @Override
  public boolean caseRuns(String caseId) {
    return caseProcess.waitsFor(caseId, MESSAGE_SIGNAL_RECEIVED);
  }

  /**
   * The correlation hands the signal's id and summary to the case; the check's first step
   * ("Signaal klaarzetten") moves them into the check's own scope, so checks of several signals run side
   * by side. Each signal arrives in its own transaction, so nothing comes between the two.
   */
  @Override
  public void startCheck(String caseId, String signalId, String summary) {
    if (!caseProcess.correlate(caseId, MESSAGE_SIGNAL_RECEIVED,
        CamundaBpmData.builder().set(SignalVariables.SIGNAL_ID, signalId).set(SignalVariables.SIGNAL_SUMMARY, summary).build())) {
      throw new IllegalStateException("Case " + caseId + " does not wait for signals now");
    }
  }
}
