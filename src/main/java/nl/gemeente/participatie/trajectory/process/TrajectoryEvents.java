package nl.gemeente.participatie.trajectory.process;

import java.util.Map;
import nl.gemeente.participatie.trajectory.TrajectoryReports;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Hands a partner's report to the purchase that follows the assignment. */
@Component
public class TrajectoryEvents {

  private final RuntimeService runtimeService;

  TrajectoryEvents(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** @throws org.camunda.bpm.engine.MismatchingMessageCorrelationException when the purchase does not wait for it now */
  public void deliver(TrajectoryReports.Report report) {
    String message;
    Map<String, Object> variables;
    switch (report.kind()) {
      case PROGRESS -> {
        message = "ProgressReported";
        variables = Map.of("lastProgressReport", text(report.summary()));
      }
      case END -> {
        message = "EndReported";
        variables = Map.of(FollowUpDelegates.VAR_END_RESULT, report.result().name(), "endSummary", text(report.summary()),
            "paidWork", report.result() == TrajectoryReports.Result.PAID_WORK);
      }
      default -> {
        message = "InvoiceReceived";
        variables = Map.of(FollowUpDelegates.VAR_INVOICE_NUMBER, report.externalId(),
            FollowUpDelegates.VAR_INVOICE_AMOUNT, report.amount().toPlainString());
      }
    }
    runtimeService.createMessageCorrelation(message)
        .processInstanceVariableEquals(PurchaseProcess.VAR_ASSIGNMENT_ID, report.assignment().assignmentId())
        .setVariables(variables)
        .correlateWithResult();
  }

  private static String text(String summary) {
    return summary == null ? "" : summary;
  }
}
