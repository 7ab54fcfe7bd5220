package nl.gemeente.participatie.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Marker;

/**
 * Expected refusals are answered, not logged as errors with a stack trace (issue 13, finding 11):
 *
 * <ul>
 *   <li>a caseworker's form that the service refuses (a missing reason, a BSN that fails the eleven
 *       test) is answered with 400 and a Dutch message in Tasklist; the engine's line for the failed
 *       command is dropped;
 *   <li>a lost race (the engine's optimistic locking, e.g. a task submitted twice at once) is answered
 *       409 by {@code EngineRestGuard}, which logs one INFO line; the engine REST API's own line for
 *       it, with a stack trace, is dropped.
 * </ul>
 *
 * Every other line of these loggers stays, so real errors are not buried and not hidden.
 */
public class ExpectedRefusalLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  static final String ENGINE_REST_LOGGER = "org.camunda.bpm.engine.rest.exception";
  static final String FORM_REJECTION = "org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    if (thrown == null) {
      return FilterReply.NEUTRAL;
    }
    if (ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FORM_REJECTION.equals(thrown.getClass().getName()) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
    if (ENGINE_REST_LOGGER.equals(logger.getName())) {
      return causedByLostRace(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean causedByLostRace(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
