package nl.gemeente.participatie.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as the API shows it: no personal data, only what a caseworker or operator needs to find it. */
public record CaseResponse(
    String caseId,
    String status,
    String stage,
    String requestType,
    LocalDate reportDate,
    String channel,
    Instant registeredAt,
    Instant closedAt,
    String outcome,
    /** Date of the application (aanvraag), once made. */
    LocalDate applicationDate,
    /** The Awb deadline for the decision (application date + 8 weeks, art. 4:13 Awb). */
    LocalDate awbDeadline,
    List<TaskResponse> openTasks) {

  public record TaskResponse(
      String taskId,
      String taskDefinitionKey,
      String name,
      List<String> candidateGroups,
      String assignee,
      Instant created,
      Instant due) {}
}
