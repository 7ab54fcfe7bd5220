package nl.gemeente.participatie.zaak;

import java.time.Instant;
import java.util.List;

/** A user task that is waiting for someone in a case. */
public record OpenTask(
    String taskId,
    String taskDefinitionKey,
    String name,
    List<String> candidateGroups,
    String assignee,
    Instant created,
    Instant due) {}
