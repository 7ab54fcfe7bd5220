package nl.gemeente.participatie.zaak;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The case's own life, whatever stage it is in: linking it to its process, reading it with its open
 * tasks, and closing it with its result (which fixes its archive data). Stages change a case only
 * through here and {@link CaseRepository}.
 */
@Service
public class CaseLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CaseLifecycle.class);

  private final CaseRepository cases;
  private final CaseProcess process;
  private final Clock clock;
  private final CaseEndSettings endSettings;

  public CaseLifecycle(CaseRepository cases, CaseProcess process, Clock clock, CaseEndSettings endSettings) {
    this.cases = cases;
    this.process = process;
    this.clock = clock;
    this.endSettings = endSettings;
  }

  /** Links a registered case to the process that was started for it and moves it to the intake. */
  public void attachProcess(String caseId, String processInstanceId) {
    if (!cases.attachProcess(caseId, processInstanceId, CaseStage.INTAKE)) {
      throw new CaseStateException("Case " + caseId
          + " is unknown, closed, or already has a process; process " + processInstanceId + " not attached");
    }
  }

  /** Closes the case with the decision taken on it. */
  public void close(String caseId, CaseOutcome outcome) {
    if (!cases.close(caseId, outcome, clock.instant())) {
      throw new CaseStateException("Case " + caseId + " is not open; not closed with " + outcome);
    }
    recordEnd(caseId, outcome);
    log.info("Case {} closed with outcome {}", caseId, outcome);
  }

  /** Closes the case with its result and, for outflow to work, the figures the municipality reports. */
  public void close(String caseId, CaseOutcome outcome, OutflowFigures figures) {
    close(caseId, outcome);
    if (figures != null) {
      cases.recordOutflowFigures(caseId, figures);
    }
  }

  /** The ZGW resultaattype and the retention that follow from the result (docs/operations.md, archive rules). */
  private void recordEnd(String caseId, CaseOutcome outcome) {
    var resultaattype = endSettings.zgwResultaattypen().get(outcome);
    LocalDate keepUntil = LocalDate.now(clock).plus(endSettings.keepFor(outcome));
    cases.recordEnd(caseId, resultaattype == null ? null : resultaattype.toString(), keepUntil);
    process.keepHistoryUntil(caseId, keepUntil);
  }

  public CaseView view(String caseId) {
    CaseRecord caseRecord = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    return new CaseView(caseRecord, process.openTasks(caseId));
  }
}
