package nl.gemeente.participatie.intake;

import java.util.List;

/** A case with the tasks that are waiting in it. */
public record CaseView(CaseRecord caseRecord, List<OpenTask> openTasks) {}
