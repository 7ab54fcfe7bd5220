package nl.gemeente.participatie.intake.process;

import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.PROCESS_KEY;
import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_CASE_ID;
import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_REPORT_DATE;
import static nl.gemeente.participatie.intake.process.ParticipationCaseProcess.VAR_REQUEST_TYPE;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.gemeente.participatie.intake.CaseProcess;
import nl.gemeente.participatie.intake.CaseRecord;
import nl.gemeente.participatie.intake.OpenTask;
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

  private final RuntimeService runtimeService;
  private final TaskService taskService;

  CamundaCaseProcess(RuntimeService runtimeService, TaskService taskService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  @Override
  public String start(CaseRecord caseRecord) {
    return runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(caseRecord.caseId())
        .setVariables(Variables.createVariables()
            .putValue(VAR_CASE_ID, caseRecord.caseId())
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
