package nl.gemeente.participatie.rules.impact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a decision's input or output as the engine keeps it in {@code ACT_HI_DEC_IN} and
 * {@code ACT_HI_DEC_OUT}: the name of the variable serializer in {@code VAR_TYPE_} and the value in
 * the column that serializer writes (see Camunda's {@code *ValueSerializer} classes):
 *
 * <table>
 *   <tr><th>VAR_TYPE_</th><th>value</th></tr>
 *   <tr><td>{@code null}</td><td>null</td></tr>
 *   <tr><td>{@code string}</td><td>{@code TEXT_}</td></tr>
 *   <tr><td>{@code boolean}</td><td>{@code LONG_} 1 or 0</td></tr>
 *   <tr><td>{@code integer}, {@code short}, {@code long}</td><td>{@code LONG_}</td></tr>
 *   <tr><td>{@code double}</td><td>{@code DOUBLE_}</td></tr>
 *   <tr><td>{@code date}</td><td>{@code LONG_}, milliseconds since the epoch</td></tr>
 *   <tr><td>{@code spin://application/json}</td><td>JSON in {@code ACT_GE_BYTEARRAY.BYTES_} (via
 *       {@code BYTEARRAY_ID_}), the Java type in {@code TEXT2_}: a FEEL list or context (any other
 *       object when the default serialization format is JSON, as in this service), a
 *       {@code java.time.LocalDate} ({@code [2025,3,3]}) from FEEL's {@code date()}</td></tr>
 *   <tr><td>{@code json} (Spin JSON value)</td><td>JSON in the byte array</td></tr>
 * </table>
 *
 * Anything else (Java serialization, XML, bytes, files) is not read: the variable is then missing,
 * and an evaluation that needs it is reported as not reproducible rather than guessed.
 */
final class HistoryValues {

  static final String SPIN_JSON = "spin://application/json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A stored value this service does not read back. */
  static final class UnreadableValueException extends Exception {
    UnreadableValueException(String type) {
      super("value of type " + type + " is not read");
    }
  }

  private HistoryValues() {}

  static Object read(String type, String text, String text2, Long longValue, Double doubleValue, byte[] bytes)
      throws UnreadableValueException {
    if (type == null) {
      throw new UnreadableValueException("(none)");
    }
    switch (type) {
      case "null":
        return null;
      case "string":
        return text;
      case "boolean":
        return longValue == null ? null : longValue == 1L;
      case "integer":
        return longValue == null ? null : longValue.intValue();
      case "short":
        return longValue == null ? null : longValue.shortValue();
      case "long":
        return longValue;
      case "double":
        return doubleValue;
      case "date":
        return longValue == null ? null : new Date(longValue);
      case SPIN_JSON:
      case "json":
        return json(type, bytes, text2);
      default:
        throw new UnreadableValueException(type);
    }
  }

  private static Object json(String type, byte[] bytes, String javaType) throws UnreadableValueException {
    if (bytes == null) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UnreadableValueException(type);
    }
    if ("java.time.LocalDate".equals(javaType)) {
      return node.isArray() && node.size() == 3
          ? LocalDate.of(node.get(0).intValue(), node.get(1).intValue(), node.get(2).intValue())
          : LocalDate.parse(node.asText());
    }
    if ("java.time.LocalDateTime".equals(javaType)) {
      if (node.isArray() && node.size() >= 5) {
        return LocalDateTime.of(node.get(0).intValue(), node.get(1).intValue(), node.get(2).intValue(),
            node.get(3).intValue(), node.get(4).intValue(), node.size() > 5 ? node.get(5).intValue() : 0,
            node.size() > 6 ? node.get(6).intValue() : 0);
      }
      return LocalDateTime.parse(node.asText());
    }
    return java(node);
  }

  private static Object java(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(java(element)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> map.put(field.getKey(), java(field.getValue())));
    return map;
  }
}
