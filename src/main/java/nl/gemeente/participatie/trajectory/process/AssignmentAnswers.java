package nl.gemeente.participatie.trajectory.process;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import nl.gemeente.participatie.trajectory.AssignmentService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Hands a partner's answer to the purchase that waits for it (by assignment id). */
@Component
public class AssignmentAnswers {

  private final RuntimeService runtimeService;

  AssignmentAnswers(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** @throws org.camunda.bpm.engine.MismatchingMessageCorrelationException when no purchase waits for it */
  public void deliver(AssignmentService.Assignment assignment) {
    runtimeService.createMessageCorrelation(PurchaseProcess.MESSAGE_ASSIGNMENT_ANSWERED)
        .processInstanceVariableEquals(PurchaseProcess.ASSIGNMENT_ID.getName(), assignment.assignmentId())
        .setVariables(CamundaBpmData.builder()
            .set(PurchaseProcess.ASSIGNMENT_ACCEPTED,
                assignment.status() == nl.gemeente.participatie.trajectory.AssignmentStatus.ACCEPTED)
            .set(PurchaseProcess.AGREEMENT_REQUIRED,
                nl.gemeente.participatie.trajectory.TrajectoryTypes.agreementRequired(assignment.trajectoryType()))
            .build())
        .correlateWithResult();
  }
}
