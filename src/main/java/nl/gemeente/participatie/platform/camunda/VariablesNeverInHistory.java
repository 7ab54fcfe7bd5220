package nl.gemeente.participatie.platform.camunda;

import java.util.Set;

/**
 * Variables that carry personal data for a moment and must never reach history
 * ({@link HistoryWithoutPersonalData}). A feature that has such a variable declares it in its variable
 * declarations and names it here through a bean, so that the engine setup knows no variable name of
 * its own (ADR 0008).
 */
public interface VariablesNeverInHistory {

  /** The engine names of the variables. */
  Set<String> names();
}
