package nl.gemeente.participatie.zaak.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The case a step runs for: always the process's business key, which only the engine sets (at the
 * start of the case, and for called processes through {@code camunda:in businessKey}). Never a
 * process variable: a form or a variable write could set one to another case's id.
 */
public final class CaseKey {

  private CaseKey() {}

  /**
   * @return the case id of the process instance this step runs in
   * @throws IllegalStateException when the instance has no business key (no step may then act on a case)
   */
  public static String of(DelegateExecution execution) {
    String caseId = execution.getProcessBusinessKey();
    if (caseId == null || caseId.isBlank()) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
          + " has no business key; step " + execution.getCurrentActivityId() + " cannot know its case");
    }
    return caseId;
  }
}
