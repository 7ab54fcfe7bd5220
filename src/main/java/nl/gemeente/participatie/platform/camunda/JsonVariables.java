package nl.gemeente.participatie.platform.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Reads a JSON process variable (what a Camunda Form group with a {@code path} submits, or what the
 * service itself wrote) into a typed record. Unknown fields are ignored: a form may gain fields
 * that only display.
 */
@Component
public class JsonVariables {

  private final ObjectMapper json;

  JsonVariables(ObjectMapper objectMapper) {
    this.json = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Empty when the variable is absent or not readable as the type (the caller tells the user). */
  public <T> Optional<T> read(VariableScope scope, String name, Class<T> type) {
    TypedValue value = scope.getVariableTyped(name, false);
    if (!(value instanceof SerializableValue serializable) || serializable.getValueSerialized() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(serializable.getValueSerialized(), type));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The value as JSON text, for a Json variable ({@code SpinValues.jsonValue(...)}). */
  public String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
