package nl.gemeente.participatie.eligibility.process;


import java.time.Clock;
import java.time.LocalDate;
import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Aanvraag registreren": the application date is today and the Awb clock starts (art. 4:13 Awb). */
@Component("registerApplication")
class RegisterApplicationDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final AwbClockVariables awbClock;
  private final Clock clock;

  RegisterApplicationDelegate(EligibilityService eligibility, AwbClockVariables awbClock, Clock clock) {
    this.eligibility = eligibility;
    this.awbClock = awbClock;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    LocalDate deadline = eligibility.registerApplication(caseId);
    awbClock.start(execution, LocalDate.now(clock), deadline);
  }
}
