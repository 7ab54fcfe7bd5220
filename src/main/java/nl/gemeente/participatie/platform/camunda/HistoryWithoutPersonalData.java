package nl.gemeente.participatie.platform.camunda;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Writes history as the engine would, except the events of variables that carry personal data for a
 * moment ({@link VariablesNeverInHistory}): the Tasklist start form submits the client's {@code bsn} as a variable, which the
 * registration reads once and removes ({@code RegisterMeldingDelegate}); without this handler the
 * value would stay in {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL} (as variable update and as
 * form property) until history cleanup. Dropping the events leaves nothing behind, in the same
 * transaction, whatever the history level.
 */
final class HistoryWithoutPersonalData implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final Set<String> names;

  HistoryWithoutPersonalData(HistoryEventHandler delegate, Set<String> names) {
    this.delegate = delegate;
    this.names = names;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!isPersonal(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    for (HistoryEvent event : events) {
      handleEvent(event);
    }
  }

  boolean isPersonal(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return names.contains(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity formProperty) {
      return names.contains(formProperty.getPropertyId());
    }
    return false;
  }
}
