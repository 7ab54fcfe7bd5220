package nl.gemeente.participatie.zaak.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The case map's process instance seen from a step in any process of the case. The case map calls one
 * process per stage (call activities); what a stage decides for the whole case (the case's result, a
 * job start that the case map's outflow takes up) is set on the case map, since an escalation carries
 * no variables and a called process's variables end with it. On a case that still runs on the single
 * process of earlier versions (ADR 7) the step's own process instance is the case map.
 */
public final class CaseMapInstance {

  private CaseMapInstance() {}

  /** The root of the step's process tree: the case map. */
  public static DelegateExecution of(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance;
  }
}
