package nl.gemeente.participatie.intake.process;

import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.PROCESS_KEY;
import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_NUMBER;
import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_REPORT_DATE;
import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_REQUEST_TYPE;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.gemeente.participatie.intake.CaseProcess;
import nl.gemeente.participatie.intake.CaseRecord;
import nl.gemeente.participatie.intake.OpenTask;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The case process on Camunda 7. */
@Component
class CamundaCaseProcess implements CaseProcess {

  private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;

  CamundaCaseProcess(RuntimeService runtimeService, TaskService taskService, HistoryService historyService) {
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
        .setVariables(Variables.createVariables()
            .putValue(VAR_CASE_NUMBER, caseRecord.caseId())
            .putValue(VAR_REQUEST_TYPE, caseRecord.requestType().name())
            .putValue(VAR_REPORT_DATE, caseRecord.reportDate().toString()))
        .execute()
        .getId();
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
