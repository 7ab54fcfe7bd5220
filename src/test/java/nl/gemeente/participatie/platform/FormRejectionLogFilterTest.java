package nl.gemeente.participatie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import nl.gemeente.participatie.platform.logging.FormRejectionLogFilter;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

class FormRejectionLogFilterTest {

  final LoggerContext context = new LoggerContext();
  final FormRejectionLogFilter filter = new FormRejectionLogFilter();
  final Logger engineContext = context.getLogger("org.camunda.bpm.engine.context");

  @Test
  void dropsTheEnginesErrorLineForAFormRejection() {
    Object[] params = {"Kies een besluit.", new FormFieldValidationException(null, "Kies een besluit.")};

    assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", params, null)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void keepsRealEngineErrorsAndOtherLoggers() {
    Object[] realError = {"boom", new ProcessEngineException("boom")};
    Object[] rejection = {"x", new FormFieldValidationException(null, "x")};

    assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", realError, null))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, context.getLogger("nl.gemeente"), Level.ERROR, "{}", rejection, null))
        .isEqualTo(FilterReply.NEUTRAL);
  }
}
