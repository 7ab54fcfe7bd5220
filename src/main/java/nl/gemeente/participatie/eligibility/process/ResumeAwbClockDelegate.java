package nl.gemeente.participatie.eligibility.process;


import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.process.CaseKey;
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
    String caseId = CaseKey.of(execution);
    awbClock.moved(execution, eligibility.resume(caseId));
  }
}
