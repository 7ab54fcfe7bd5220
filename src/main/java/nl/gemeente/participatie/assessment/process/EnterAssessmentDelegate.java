package nl.gemeente.participatie.assessment.process;

import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;

import nl.gemeente.participatie.assessment.AssessmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Beoordelingsfase starten": the case enters the assessment stage. */
@Component("enterAssessment")
class EnterAssessmentDelegate implements JavaDelegate {

  private final AssessmentService assessments;

  EnterAssessmentDelegate(AssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assessments.enter((String) execution.getVariable(VAR_CASE_ID));
  }
}
