package nl.gemeente.participatie.inview.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.gemeente.participatie.inview.InViewProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

@Component
class CamundaInViewProcess implements InViewProcess {

  static final String CASE_PROCESS_KEY = "participationCase";
  static final String MESSAGE_OUTREACH_NEEDED = "OutreachNeeded";
  static final String REVIEW_TIMER = "CatchEvent_ReviewDue";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  CamundaInViewProcess(RuntimeService runtimeService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  @Override
  public void startOutreach(String caseId) {
    runtimeService.createMessageCorrelation(MESSAGE_OUTREACH_NEEDED)
        .processInstanceId(caseInstanceId(caseId))
        .correlateWithResult();
  }

  @Override
  public void moveReviewTimer(String caseId, LocalDate due) {
    Job timer = managementService.createJobQuery().processInstanceId(caseInstanceId(caseId)).activityId(REVIEW_TIMER)
        .timers().singleResult();
    if (timer != null) {
      managementService.setJobDuedate(timer.getId(), Date.from(due.atStartOfDay(AMSTERDAM).toInstant()));
    }
  }

  private String caseInstanceId(String caseId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CASE_PROCESS_KEY)
        .processInstanceBusinessKey(caseId).singleResult().getId();
  }
}
