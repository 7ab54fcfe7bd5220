package nl.gemeente.participatie.platform.observability;

import nl.gemeente.participatie.common.MissingApprovalException;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import org.camunda.bpm.engine.ProcessEngineException;
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
 * as correlation key (structured logs, docs/operations.md). Never the BSN: the business key is the
 * case id. An unexpected failure of a step (not a partner failure, form rejection or BPMN error)
 * becomes an incident whose message names the step and the case.
 */
@Component
class CaseIdLogging implements ProcessEnginePlugin {

  /** A step failed for an unexpected reason; the message names the step and the case only. */
  static final class StepFailedException extends RuntimeException {
    StepFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

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
    } catch (ProcessEngineException | PartnerCall.Failed | MissingApprovalException known) {
      // engine exceptions (BPMN errors, form rejections, optimistic locking), partner failures, and a
      // missing four-eyes approval (its message names the case and what is missing) as they are
      throw known;
    } catch (RuntimeException unexpected) {
      // An unexpected failure becomes an incident that names the step and the case, not a message
      // that may quote data (the cause, with its stack trace, stays for the operator).
      String step = invocation.getContextExecution() instanceof DelegateExecution execution
          ? execution.getCurrentActivityId() : "unknown step";
      throw new StepFailedException("Step " + step + " failed for case " + (caseId == null ? "(none)" : caseId)
          + " (" + unexpected.getClass().getSimpleName() + ")", unexpected);
    } finally {
      if (previous == null) {
        MDC.remove(MDC_KEY);
      } else {
        MDC.put(MDC_KEY, previous);
      }
    }
  }
}
