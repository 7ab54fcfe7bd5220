package nl.gemeente.participatie.assessment.process;


import nl.gemeente.participatie.assessment.AssessmentService;
import nl.gemeente.participatie.zaak.process.CaseKey;
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
    assessments.enter(CaseKey.of(execution));
  }
}
