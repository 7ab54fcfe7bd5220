package nl.gemeente.participatie.platform.camunda;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The user on whose behalf the engine runs a step (Tasklist, REST), or "system" for the engine itself. */
public final class CurrentUser {

  public static final String SYSTEM = "system";

  private CurrentUser() {}

  public static String of(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }
}
