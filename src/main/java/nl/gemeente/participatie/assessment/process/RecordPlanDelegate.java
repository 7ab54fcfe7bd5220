package nl.gemeente.participatie.assessment.process;

import static nl.gemeente.participatie.assessment.process.AssessmentProcess.AGREED_ROUTE;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.NEXT_STEP;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.PLAN;

import nl.gemeente.participatie.assessment.AssessmentService;
import nl.gemeente.participatie.assessment.Plan;
import nl.gemeente.participatie.assessment.Route;
import nl.gemeente.participatie.eligibility.ReviewRejectedException;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Plan vastleggen": the agreed route (a deviation needs a reason) decides where the case goes. */
@Component("recordPlan")
class RecordPlanDelegate implements JavaDelegate {

  private final AssessmentService assessments;
  private final JsonVariables json;

  RecordPlanDelegate(AssessmentService assessments, JsonVariables json) {
    this.assessments = assessments;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    Plan plan = json.read(execution, PLAN)
        .orElseThrow(() -> FormRejection.of("Het plan van aanpak ontbreekt of is onleesbaar."));
    String raw = json.serialized(execution, PLAN).orElseThrow();
    Route agreed;
    try {
      agreed = assessments.agreePlan(caseId, plan, raw, CurrentUser.of(execution));
    } catch (ReviewRejectedException e) {
      throw FormRejection.of(e.getMessage());
    }
    AGREED_ROUTE.on(execution).set(agreed.name());
    NEXT_STEP.on(execution).set(agreed.nextStep().name());
  }
}
