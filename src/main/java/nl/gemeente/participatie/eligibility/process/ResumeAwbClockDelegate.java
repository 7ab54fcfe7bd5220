package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;

import nl.gemeente.participatie.eligibility.EligibilityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Beslistermijn hervatten": the information came or the hersteltermijn ended; the deadline moves by
 * exactly the days the term was suspended, and timers and open tasks follow.
 */
@Component("resumeAwbClock")
class ResumeAwbClockDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final AwbClockVariables awbClock;

  ResumeAwbClockDelegate(EligibilityService eligibility, AwbClockVariables awbClock) {
    this.eligibility = eligibility;
    this.awbClock = awbClock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(VAR_CASE_ID);
    awbClock.moved(execution, eligibility.resume(caseId));
  }
}
