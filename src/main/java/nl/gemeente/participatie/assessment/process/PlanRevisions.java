package nl.gemeente.participatie.assessment.process;

import nl.gemeente.participatie.zaak.process.CaseProcessGateway;

import nl.gemeente.participatie.assessment.AssessmentRepository;
import nl.gemeente.participatie.zaak.CaseRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a plan revision in a case ("Plan herzien", an event subprocess): the caseworker updates
 * the broad intake, the rules propose again, and the plan is agreed anew.
 */
@Component
public class PlanRevisions {


  /** Why a revision cannot start now. */
  public static class RevisionNotPossibleException extends RuntimeException {
    public RevisionNotPossibleException(String reason) {
      super(reason);
    }
  }

  private final AssessmentRepository assessments;
  private final CaseRepository cases;
  private final CaseProcessGateway caseProcess;

  PlanRevisions(AssessmentRepository assessments, CaseRepository cases, CaseProcessGateway caseProcess) {
    this.assessments = assessments;
    this.cases = cases;
    this.caseProcess = caseProcess;
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
    if (caseProcess.caseMap(caseId).isEmpty()) {
      throw new RevisionNotPossibleException("The case's process does not run any more");
    }
    boolean open = caseProcess.hasOpenTask(caseId, "UserTask_UpdateAssessment", "UserTask_RevisePlan")
        || caseProcess.hasJobAt(caseId, "ServiceTask_ReproposeRoute");
    if (open) {
      throw new RevisionNotPossibleException("A revision of the plan is already under way");
    }
    if (!caseProcess.correlate(caseId, AssessmentProcess.MESSAGE_PLAN_REVISION_REQUESTED, java.util.Map.of())) {
      throw new RevisionNotPossibleException("The case's process does not run any more");
    }
  }
}
