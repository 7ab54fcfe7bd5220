package nl.gemeente.participatie.platform.observability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Puts the case id (the process's business key) in the logging context ({@code caseId}) while the
 * engine runs a delegate, listener or expression of a case, so every log line of a step carries it
 * as correlation key (structured logs, README "Operations"). Never the BSN: the business key is the
 * case id.
 */
@Component
class CaseIdLogging implements ProcessEnginePlugin {

  static final String MDC_KEY = "caseId";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    DelegateInterceptor engine = configuration.getDelegateInterceptor();
    configuration.setDelegateInterceptor(invocation -> withCaseId(invocation, engine));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
  }

  private static void withCaseId(DelegateInvocation invocation, DelegateInterceptor engine) throws Exception {
    String caseId = invocation.getContextExecution() instanceof DelegateExecution execution
        ? execution.getProcessBusinessKey() : null;
    String previous = MDC.get(MDC_KEY);
    if (caseId != null) {
      MDC.put(MDC_KEY, caseId);
    }
    try {
      engine.handleInvocation(invocation);
    } finally {
      if (previous == null) {
        MDC.remove(MDC_KEY);
      } else {
        MDC.put(MDC_KEY, previous);
      }
    }
  }
}
