package nl.gemeente.participatie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import nl.gemeente.participatie.platform.logging.ExpectedRefusalLogFilter;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

class ExpectedRefusalLogFilterTest {

  final LoggerContext context = new LoggerContext();
  final ExpectedRefusalLogFilter filter = new ExpectedRefusalLogFilter();
  final Logger engineContext = context.getLogger("org.camunda.bpm.engine.context");

  @Test
  void dropsTheEnginesErrorLineForAFormRejection() {
    Object[] params = {"Kies een besluit.", new FormFieldValidationException(null, "Kies een besluit.")};

    assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", params, null)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void dropsTheRestApisLineForALostRaceButKeepsItsOtherErrors() {
    Logger rest = context.getLogger("org.camunda.bpm.engine.rest.exception");
    RuntimeException lostRace = new RuntimeException("Cannot submit task form x",
        new org.camunda.bpm.engine.OptimisticLockingException("ENGINE-03005 ... updated by another transaction concurrently"));
    RuntimeException realError = new RuntimeException("Cannot submit task form x", new ProcessEngineException("boom"));

    assertThat(filter.decide(null, rest, Level.WARN, "ENGINE-REST-HTTP500 {}", null, lostRace)).isEqualTo(FilterReply.DENY);
    assertThat(filter.decide(null, rest, Level.WARN, "ENGINE-REST-HTTP500 {}", null, realError)).isEqualTo(FilterReply.NEUTRAL);
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
