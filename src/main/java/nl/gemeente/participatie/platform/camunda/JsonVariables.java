package nl.gemeente.participatie.platform.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Reads a JSON process variable (what a Camunda Form group with a {@code path} submits, or what the
 * service itself wrote) into a typed record. Unknown fields are ignored: a form may gain fields
 * that only display. Types are strict, as everywhere in the service ({@code StrictJson}): a value
 * of the wrong type ({@code 1.5} for a whole number, {@code "true"} for a yes/no) is refused with a
 * Dutch message naming the field, never coerced.
 */
@Component
public class JsonVariables {

  private final ObjectMapper json;

  JsonVariables(ObjectMapper objectMapper) {
    this.json = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * The variable as the type; empty when the variable is absent (the caller tells the user what is
   * missing).
   *
   * @throws RuntimeException a {@link FormRejection} naming the field when the value is there but a
   *     field has the wrong type, or the value is no JSON at all; nothing is changed then
   */
  public <T> Optional<T> read(VariableScope scope, JsonVariable<T> variable) {
    return serialized(scope, variable).map(text -> {
      try {
        return json.readValue(text, variable.type());
      } catch (JsonProcessingException e) {
        throw FormRejection.of(dutchMessage(e));
      }
    });
  }

  /**
   * The variable's JSON text as stored (for a record of exactly what a form submitted); empty when
   * absent.
   */
  public Optional<String> serialized(VariableScope scope, JsonVariable<?> variable) {
    TypedValue value = scope.getVariableTyped(variable.getName(), false);
    if (!(value instanceof SerializableValue serializable) || serializable.getValueSerialized() == null) {
      return Optional.empty();
    }
    return Optional.of(serializable.getValueSerialized());
  }

  /** Writes the value as a Spin JSON variable (what Tasklist's forms read back). */
  public <T> void write(VariableScope scope, JsonVariable<T> variable, T value) {
    scope.setVariable(variable.getName(), SpinValues.jsonValue(write(value)).create());
  }

  /**
   * Removes the variable from the scope that holds it (a form's submission once recorded, a
   * summary once decided).
   */
  public void remove(VariableScope scope, JsonVariable<?> variable) {
    scope.removeVariable(variable.getName());
  }

  /** What is wrong, in Dutch, naming the field but never quoting the value (it may be personal data). */
  static String dutchMessage(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex() + 1))
          .collect(Collectors.joining("."));
      Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
      return "Het veld '" + field + "' heeft een ongeldige waarde" + expected(target) + ". Er is niets opgeslagen.";
    }
    return "De gegevens van het formulier zijn onleesbaar. Er is niets opgeslagen.";
  }

  private static String expected(Class<?> target) {
    if (target == null) {
      return "";
    }
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class
        || target == Short.class || target == short.class || target == BigInteger.class) {
      return ": vul een geheel getal in";
    }
    if (target == BigDecimal.class || target == Double.class || target == double.class || target == Float.class
        || target == float.class) {
      return ": vul een getal in";
    }
    if (target == Boolean.class || target == boolean.class) {
      return ": kies ja of nee";
    }
    if (Temporal.class.isAssignableFrom(target)) {
      return ": vul een datum in (jjjj-mm-dd)";
    }
    if (target.isEnum()) {
      return ": kies een van de mogelijkheden";
    }
    if (target == String.class) {
      return ": vul tekst in";
    }
    return "";
  }

  /** The value as JSON text. */
  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
