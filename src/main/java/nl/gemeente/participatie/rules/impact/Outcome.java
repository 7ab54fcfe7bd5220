package nl.gemeente.participatie.rules.impact;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The outcome of one evaluation of a decision, per output column, in a form that compares the
 * recorded outcome (from the history) with a fresh one (from the DMN engine) on meaning, not on Java
 * type: numbers as exact decimals (a history {@code long} 200 equals a FEEL 200.0), dates and
 * lists by their content.
 *
 * <p>A decision table gives one result per matched rule: no rule gives every column null, one rule
 * its values, several rules (collect, rule order) per column the list of values in rule order. An
 * aggregating collect gives its one value. A literal expression gives its variable.
 */
record Outcome(Map<String, Object> columns) {

  static final Outcome NONE = new Outcome(Map.of());

  /** Kinds of value, for the report. */
  static final String BOOLEAN = "boolean";
  static final String NUMBER = "number";
  static final String TEXT = "text";
  static final String LIST = "list";
  static final String OTHER = "other";

  /** The outcome of a result list as the DMN engine gives it (one map per matched rule). */
  static Outcome ofResults(List<Map<String, Object>> results) {
    if (results.isEmpty()) {
      return NONE;
    }
    if (results.size() == 1) {
      Map<String, Object> columns = new LinkedHashMap<>();
      results.get(0).forEach((name, value) -> columns.put(name, normalize(value)));
      return new Outcome(columns);
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    results.forEach(result -> result.keySet().forEach(name -> columns.putIfAbsent(name, null)));
    for (String name : columns.keySet()) {
      List<Object> values = new ArrayList<>(results.size());
      results.forEach(result -> values.add(normalize(result.get(name))));
      columns.put(name, values);
    }
    return new Outcome(columns);
  }

  /** Builds the recorded outcome of one evaluation from its output rows, in any order. */
  static final class Recorded {
    private final TreeMap<Integer, Map<String, Object>> byRule = new TreeMap<>();

    void add(Integer ruleOrder, String name, Object value) {
      byRule.computeIfAbsent(ruleOrder == null ? 0 : ruleOrder, order -> new LinkedHashMap<>()).put(name, value);
    }

    /** @param collectValue the aggregated value of a collect with aggregator, or null */
    Outcome outcome(Double collectValue) {
      if (collectValue != null) {
        String name = byRule.values().stream().flatMap(r -> r.keySet().stream()).findFirst().orElse("result");
        return new Outcome(Map.of(name, normalize(collectValue)));
      }
      return ofResults(new ArrayList<>(byRule.values()));
    }
  }

  Object get(String column) {
    return columns.get(column);
  }

  /** Same value in every column of either outcome. */
  boolean sameAs(Outcome other) {
    for (String column : columns.keySet()) {
      if (!Objects.equals(get(column), other.get(column))) {
        return false;
      }
    }
    for (String column : other.columns.keySet()) {
      if (!columns.containsKey(column) && other.get(column) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * A value compared on meaning: numbers as decimals without trailing zeros, temporal values as
   * their ISO text, collections as lists, maps with normalized values.
   */
  static Object normalize(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(Double.toString(d)).stripTrailingZeros() : value.toString();
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros();
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    if (value instanceof Collection<?> collection) {
      List<Object> list = new ArrayList<>(collection.size());
      collection.forEach(element -> list.add(normalize(element)));
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> normalized = new TreeMap<>();
      map.forEach((k, v) -> normalized.put(String.valueOf(k), normalize(v)));
      return normalized;
    }
    return value.toString();
  }

  /** The kind of a normalized value, or null for null. */
  static String kind(Object normalized) {
    if (normalized == null) {
      return null;
    }
    if (normalized instanceof Boolean) {
      return BOOLEAN;
    }
    if (normalized instanceof BigDecimal) {
      return NUMBER;
    }
    if (normalized instanceof String) {
      return TEXT;
    }
    if (normalized instanceof List<?>) {
      return LIST;
    }
    return OTHER;
  }

  /** How a normalized value is shown in a transition: {@code true}, {@code [A, B]}, {@code null}. */
  static String display(Object normalized) {
    if (normalized instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (normalized instanceof List<?> list) {
      return list.stream().map(Outcome::display).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(normalized);
  }

  Set<String> names() {
    return columns.keySet();
  }
}
