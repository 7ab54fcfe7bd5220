package nl.gemeente.participatie.eligibility.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import nl.gemeente.participatie.eligibility.AwbSettings;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Keeps the process in step with the Awb deadline: the variables the timers and task due dates read,
 * the due dates of the warning and escalation timers (recalculated when the deadline moves), and
 * the due date of open tasks that carried the old deadline. All moments are the start of a day,
 * Dutch time.
 */
@Component
class AwbClockVariables {

  static final String VAR_AWB_DEADLINE_MOMENT = "awbDeadlineMoment";
  static final String VAR_AWB_WARNING_AT = "awbWarningAt";
  static final String VAR_ADVANCE_PAYMENT_DUE = "advancePaymentDue";
  static final String BOUNDARY_WARNING = "BoundaryEvent_AwbDeadlineWarning";
  static final String BOUNDARY_DEADLINE = "BoundaryEvent_AwbDeadlineReached";

  private final Clock clock;
  private final AwbSettings awb;

  AwbClockVariables(Clock clock, AwbSettings awb) {
    this.clock = clock;
    this.awb = awb;
  }

  /** At the application: the deadline and the moment the advance payment must be considered. */
  void start(DelegateExecution execution, LocalDate applicationDate, LocalDate deadline) {
    execution.setVariable(VAR_ADVANCE_PAYMENT_DUE, moment(applicationDate.plusDays(awb.advancePaymentAfterDays())));
    setDeadline(execution, deadline);
  }

  /** The deadline moved (suspension, resumption, extension): timers and open tasks follow. */
  void moved(DelegateExecution execution, LocalDate deadline) {
    Object previous = execution.getVariable(EligibilityProcess.VAR_AWB_DEADLINE);
    setDeadline(execution, deadline);
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    for (String boundary : new String[] {BOUNDARY_WARNING, BOUNDARY_DEADLINE}) {
      for (Job timer : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
          .activityId(boundary).timers().list()) {
        management.recalculateJobDuedate(timer.getId(), false);
      }
    }
    if (previous != null) {
      Date oldDue = startOfDay(LocalDate.parse(previous.toString()));
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).dueDate(oldDue).list()) {
        tasks.setDueDate(task.getId(), startOfDay(deadline));
      }
    }
  }

  private void setDeadline(DelegateExecution execution, LocalDate deadline) {
    execution.setVariable(EligibilityProcess.VAR_AWB_DEADLINE, deadline.toString());
    execution.setVariable(VAR_AWB_DEADLINE_MOMENT, moment(deadline));
    execution.setVariable(VAR_AWB_WARNING_AT, moment(deadline.minusDays(awb.warningDays())));
  }

  /** Start of the day in the municipality's time zone, as an ISO date-time for a timer. */
  String moment(LocalDate day) {
    return day.atStartOfDay(clock.getZone()).toOffsetDateTime().toString();
  }

  private Date startOfDay(LocalDate day) {
    // Task due dates from "${awbDeadline}" (a plain date) are midnight in the JVM's zone.
    return Date.from(day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
  }
}
