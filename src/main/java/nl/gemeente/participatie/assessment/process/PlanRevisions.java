package nl.gemeente.participatie.assessment.process;

import nl.gemeente.participatie.assessment.AssessmentRepository;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Starts a plan revision in a case ("Plan herzien", an event subprocess): the caseworker updates
 * the broad intake, the rules propose again, and the plan is agreed anew.
 */
@Component
public class PlanRevisions {

  static final String MESSAGE = "PlanRevisionRequested";

  /** Why a revision cannot start now. */
  public static class RevisionNotPossibleException extends RuntimeException {
    public RevisionNotPossibleException(String reason) {
      super(reason);
    }
  }

  private final AssessmentRepository assessments;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  PlanRevisions(AssessmentRepository assessments, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService) {
    this.assessments = assessments;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  public void request(String caseId) {
    if (assessments.find(caseId).isEmpty()) {
      throw new RevisionNotPossibleException("The case has no broad assessment yet");
    }
    boolean open = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKeyIn("UserTask_UpdateAssessment", "UserTask_RevisePlan").count() > 0
        || managementService.createJobQuery().activityId("ServiceTask_ReproposeRoute")
            .processInstanceId(processInstanceId(caseId)).count() > 0;
    if (open) {
      throw new RevisionNotPossibleException("A revision of the plan is already under way");
    }
    try {
      runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(caseId).correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new RevisionNotPossibleException("The case's process does not run any more");
    }
  }

  private String processInstanceId(String caseId) {
    var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
    if (instance == null) {
      throw new RevisionNotPossibleException("The case's process does not run any more");
    }
    return instance.getId();
  }
}
