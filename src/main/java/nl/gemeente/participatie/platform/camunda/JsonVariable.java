package nl.gemeente.participatie.platform.camunda;

import java.util.Objects;

/**
 * The declaration of a JSON process variable: its name and the record it holds. Declared once, as a
 * constant in a feature's variable declarations (ADR 0008), beside the camunda-bpm-data
 * {@code VariableFactory} constants of the other variables; read, written and removed through
 * {@link JsonVariables}.
 *
 * <p>Why not camunda-bpm-data's {@code customVariable}: it writes an {@code ObjectValue} in the
 * engine's default serialization format and reads it back with the engine's own, lenient mapping.
 * The service's JSON variables are Spin JSON values (what a Camunda Form group with a {@code path}
 * submits, and what Tasklist's forms read back), and they are read strictly, with a Dutch message
 * naming the wrong field ({@link JsonVariables#read}). This small type complements the library for
 * that one case.
 */
public final class JsonVariable<T> {

  private final String name;
  private final Class<T> type;

  private JsonVariable(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  /** Only for declaration classes (architecture.VariableAccessRulesTest). */
  public static <T> JsonVariable<T> of(String name, Class<T> type) {
    return new JsonVariable<>(name, type);
  }

  /** The engine's name of the variable (what BPMN expressions and forms use). */
  public String getName() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return "JsonVariable(" + name + ": " + type.getSimpleName() + ")";
  }
}
