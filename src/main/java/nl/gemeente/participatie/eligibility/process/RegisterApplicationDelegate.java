package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.VAR_AWB_DEADLINE;
import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;

import nl.gemeente.participatie.eligibility.EligibilityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Aanvraag registreren": the application date is today and the Awb clock starts (art. 4:13 Awb). */
@Component("registerApplication")
class RegisterApplicationDelegate implements JavaDelegate {

  private final EligibilityService eligibility;

  RegisterApplicationDelegate(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(VAR_CASE_ID);
    execution.setVariable(VAR_AWB_DEADLINE, eligibility.registerApplication(caseId).toString());
  }
}
