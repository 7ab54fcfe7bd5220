package nl.gemeente.participatie.zaak.process;

import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.PROCESS_KEY;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.CASE_NUMBER;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.REPORT_DATE;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.REQUEST_TYPE;

import io.holunda.camunda.bpm.data.CamundaBpmData;

import java.time.Instant;
import java.util.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gemeente.participatie.zaak.CaseProcess;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.OpenTask;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one gateway to the case's processes on Camunda 7. Only this class knows the case map's key;
 * every stage that needs "the running case" (to correlate a message, to see whether work is under
 * way, to move a timer) asks here. A case's process tree shares one business key, the case id: the
 * case map and every stage it calls (ADR 5). Messages are therefore correlated by business key and
 * reach whichever process of the case waits for them.
 */
@Component
public class CaseProcessGateway implements CaseProcess {

  private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final ManagementService managementService;

  CaseProcessGateway(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
      ManagementService managementService) {
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
  }

  /**
   * A batch (run by the job executor after this transaction) sets the removal time of the case's
   * history, hierarchically; it runs after the instance ended, so it wins over the removal time the
   * engine computes from the definition's time to live at the end.
   */
  @Override
  public void keepHistoryUntil(String caseId, java.time.LocalDate keepUntil) {
    var caseHistory = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseId).rootProcessInstances();
    historyService.setRemovalTimeToHistoricProcessInstances()
        .absoluteRemovalTime(Date.from(keepUntil.atStartOfDay(AMSTERDAM).toInstant()))
        .byQuery(caseHistory)
        .hierarchical()
        .executeAsync();
  }

  @Override
  public String start(CaseRecord caseRecord) {
    return runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(caseRecord.caseId())
        .setVariables(CamundaBpmData.builder()
            .set(CASE_NUMBER, caseRecord.caseId())
            .set(REQUEST_TYPE, caseRecord.requestType().name())
            .set(REPORT_DATE, caseRecord.reportDate().toString())
            .build())
        .execute()
        .getId();
  }

  /** Whether the case map of this case runs (any version). */
  public boolean runs(String caseId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(caseId).count() > 0;
  }

  /**
   * The active instance of one process of the case: the case map ({@link #caseMap}) or a stage
   * process called from it. At most one of each runs per case at a time.
   */
  public Optional<ProcessInstance> running(String caseId, String processKey) {
    return Optional.ofNullable(runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(caseId).active().singleResult());
  }

  /** The case map's instance, while it runs. */
  public Optional<ProcessInstance> caseMap(String caseId) {
    return running(caseId, PROCESS_KEY);
  }

  /**
   * Delivers a message to the case, to whichever of its processes waits for it. The variables come
   * from the declarations ({@code CamundaBpmData.builder().set(DECLARED, value).build()}).
   *
   * @return false when no process of the case waits for this message now (nothing changed)
   */
  public boolean correlate(String caseId, String messageName, Map<String, Object> variables) {
    try {
      runtimeService.createMessageCorrelation(messageName).processInstanceBusinessKey(caseId)
          .setVariables(variables).correlateWithResult();
      return true;
    } catch (MismatchingMessageCorrelationException noneWaiting) {
      return false;
    }
  }

  /**
   * Whether a process of the case waits for this message now (the message would be delivered). On the
   * case map of this version a stage's messages are only awaited while that stage runs: signals and
   * missed appointments from the moment the route is proposed (process clientInView) on.
   */
  public boolean waitsFor(String caseId, String messageName) {
    return runtimeService.createExecutionQuery().processInstanceBusinessKey(caseId)
        .messageEventSubscriptionName(messageName).active().count() > 0;
  }

  /** Whether a user task of one of these kinds is open in the case. */
  public boolean hasOpenTask(String caseId, String... taskDefinitionKeys) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKeyIn(taskDefinitionKeys).count() > 0;
  }

  /**
   * Whether a job (an asynchronous step or a timer) waits at this activity anywhere in the case's
   * process tree (jobs know the root instance: the case map).
   */
  public boolean hasJobAt(String caseId, String activityId) {
    return caseMap(caseId).map(root -> managementService.createJobQuery().rootProcessInstanceId(root.getId())
        .activityId(activityId).count() > 0).orElse(false);
  }

  /** Moves the due date of the timer waiting at this activity in the case, if one waits. */
  public void moveTimer(String caseId, String activityId, LocalDate due) {
    caseMap(caseId).ifPresent(root -> managementService.createJobQuery().rootProcessInstanceId(root.getId())
        .activityId(activityId).timers().list()
        .forEach(timer -> managementService.setJobDuedate(timer.getId(),
            Date.from(due.atStartOfDay(AMSTERDAM).toInstant()))));
  }

  @Override
  public List<OpenTask> openTasks(String caseId) {
    return taskService.createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .orderByTaskCreateTime().asc()
        .list().stream()
        .map(this::toOpenTask)
        .toList();
  }

  private OpenTask toOpenTask(Task task) {
    List<String> candidateGroups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
    return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), candidateGroups,
        task.getAssignee(), toInstant(task.getCreateTime()), toInstant(task.getDueDate()));
  }

  private static Instant toInstant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
