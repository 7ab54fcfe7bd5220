package nl.gemeente.participatie.zaak;

import java.util.List;

/** A case with the tasks that are waiting in it. */
public record CaseView(CaseRecord caseRecord, List<OpenTask> openTasks) {}
