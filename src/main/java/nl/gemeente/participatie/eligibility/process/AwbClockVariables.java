package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.ADVANCE_PAYMENT_DUE;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.AWB_DEADLINE;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.AWB_DEADLINE_MOMENT;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.AWB_WARNING_AT;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.BOUNDARY_AWB_DEADLINE;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.BOUNDARY_AWB_WARNING;

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

  private final Clock clock;
  private final AwbSettings awb;

  AwbClockVariables(Clock clock, AwbSettings awb) {
    this.clock = clock;
    this.awb = awb;
  }

  /** At the application: the deadline and the moment the advance payment must be considered. */
  void start(DelegateExecution execution, LocalDate applicationDate, LocalDate deadline) {
    ADVANCE_PAYMENT_DUE.on(execution).set(moment(applicationDate.plusDays(awb.advancePaymentAfterDays())));
    setDeadline(execution, deadline);
  }

  /** The deadline moved (suspension, resumption, extension): timers and open tasks follow. */
  void moved(DelegateExecution execution, LocalDate deadline) {
    String previous = AWB_DEADLINE.from(execution).getOrNull();
    setDeadline(execution, deadline);
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    for (String boundary : new String[] {BOUNDARY_AWB_WARNING, BOUNDARY_AWB_DEADLINE}) {
      for (Job timer : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
          .activityId(boundary).timers().list()) {
        management.recalculateJobDuedate(timer.getId(), false);
      }
    }
    if (previous != null) {
      Date oldDue = startOfDay(LocalDate.parse(previous));
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).dueDate(oldDue).list()) {
        tasks.setDueDate(task.getId(), startOfDay(deadline));
      }
    }
  }

  private void setDeadline(DelegateExecution execution, LocalDate deadline) {
    AWB_DEADLINE.on(execution).set(deadline.toString());
    AWB_DEADLINE_MOMENT.on(execution).set(moment(deadline));
    AWB_WARNING_AT.on(execution).set(moment(deadline.minusDays(awb.warningDays())));
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
