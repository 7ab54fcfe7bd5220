package nl.gemeente.participatie.zaak;

import java.util.List;

/** Port to the process engine, so the intake use case does not depend on Camunda. */
public interface CaseProcess {

  /** Starts the case process with the case id as business key; returns the process instance id. */
  String start(CaseRecord caseRecord);

  List<OpenTask> openTasks(String caseId);

  /**
   * The engine's history of the case (called processes included) is kept until {@code keepUntil},
   * the case's archive date, instead of the process definition's time to live.
   */
  void keepHistoryUntil(String caseId, java.time.LocalDate keepUntil);
}
