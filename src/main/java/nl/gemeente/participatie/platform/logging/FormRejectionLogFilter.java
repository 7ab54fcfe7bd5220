package nl.gemeente.participatie.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * A caseworker's form that the service refuses (a missing reason, a BSN that fails the eleven
 * test) is answered with 400 and a Dutch message in Tasklist; it is not an error of the service.
 * The engine logs every failed command at ERROR with a stack trace, which would bury real
 * incidents: this filter drops those lines for form rejections only.
 */
public class FormRejectionLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  static final String FORM_REJECTION = "org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName()) || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    return thrown != null && FORM_REJECTION.equals(thrown.getClass().getName()) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
