package nl.gemeente.participatie.trajectory.process;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import io.holunda.camunda.bpm.data.builder.VariableMapBuilder;
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
    VariableMapBuilder variables = CamundaBpmData.builder();
    switch (report.kind()) {
      case PROGRESS -> {
        message = PurchaseProcess.MESSAGE_PROGRESS_REPORTED;
        variables.set(PurchaseProcess.LAST_PROGRESS_REPORT, text(report.summary()));
      }
      case END -> {
        message = PurchaseProcess.MESSAGE_END_REPORTED;
        variables.set(PurchaseProcess.END_RESULT, report.result().name())
            .set(PurchaseProcess.END_SUMMARY, text(report.summary()))
            .set(PurchaseProcess.PAID_WORK, report.result() == TrajectoryReports.Result.PAID_WORK);
      }
      default -> {
        message = PurchaseProcess.MESSAGE_INVOICE_RECEIVED;
        variables.set(PurchaseProcess.INVOICE_NUMBER, report.externalId())
            .set(PurchaseProcess.INVOICE_AMOUNT, report.amount().toPlainString());
      }
    }
    runtimeService.createMessageCorrelation(message)
        .processInstanceVariableEquals(PurchaseProcess.ASSIGNMENT_ID.getName(), report.assignment().assignmentId())
        .setVariables(variables.build())
        .correlateWithResult();
  }

  private static String text(String summary) {
    return summary == null ? "" : summary;
  }
}
