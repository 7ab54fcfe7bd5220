package nl.gemeente.participatie.assessment.process;

import nl.gemeente.participatie.intake.process.ParticipationCaseProcess;

import nl.gemeente.participatie.assessment.AssessmentRepository;
import nl.gemeente.participatie.intake.CaseRepository;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
  private final CaseRepository cases;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  PlanRevisions(AssessmentRepository assessments, CaseRepository cases, RuntimeService runtimeService,
      TaskService taskService, ManagementService managementService) {
    this.assessments = assessments;
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  /**
   * Starts the revision. The check "none under way" and the start are one transaction behind a lock
   * on the case: the revision's start event does not interrupt, so two requests at once would
   * otherwise both pass the check and start two revisions.
   */
  @Transactional
  public void request(String caseId) {
    cases.lock(caseId);
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
    // Called processes (a trajectory purchase, an outflow) carry the case's business key too.
    var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ParticipationCaseProcess.PROCESS_KEY)
        .processInstanceBusinessKey(caseId).singleResult();
    if (instance == null) {
      throw new RevisionNotPossibleException("The case's process does not run any more");
    }
    return instance.getId();
  }
}
