package nl.gemeente.participatie.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a Camunda Form (form-js JSON, {@code bpmn/*.form}) lets Tasklist submit: per top-level variable
 * name, the kind of value. A group with a {@code path} (or a field key with dots) submits one Json
 * variable under its first segment; a plain field submits a value of its own type. Display-only
 * components (text, buttons, spacers) submit nothing.
 */
record DeclaredFormFields(Map<String, Kind> variables) {

  enum Kind {
    TEXT(Set.of("string")),
    NUMBER(Set.of("integer", "long", "short", "double")),
    BOOLEAN(Set.of("boolean")),
    JSON(Set.of("json"));

    private final Set<String> variableTypes;

    Kind(Set<String> variableTypes) {
      this.variableTypes = variableTypes;
    }

    /** Whether a submitted variable of this engine type (lower case; "null" for an empty field) fits. */
    boolean accepts(String variableType) {
      return "null".equals(variableType) || variableTypes.contains(variableType);
    }
  }

  static final DeclaredFormFields NONE = new DeclaredFormFields(Map.of());

  static DeclaredFormFields of(JsonNode form) {
    Map<String, Kind> variables = new LinkedHashMap<>();
    collect(form.path("components"), false, variables);
    return new DeclaredFormFields(Collections.unmodifiableMap(variables));
  }

  private static void collect(JsonNode components, boolean insideNamedGroup, Map<String, Kind> variables) {
    for (JsonNode component : components) {
      String path = component.path("path").asText("");
      String key = component.path("key").asText("");
      if (!path.isEmpty()) {
        variables.put(firstSegment(path), Kind.JSON);
        continue;
      }
      if (!key.isEmpty() && !insideNamedGroup) {
        variables.put(firstSegment(key), key.contains(".") ? Kind.JSON : kindOf(component.path("type").asText("")));
      }
      if (component.has("components")) {
        collect(component.path("components"), insideNamedGroup, variables);
      }
    }
  }

  private static Kind kindOf(String fieldType) {
    return switch (fieldType) {
      case "number" -> Kind.NUMBER;
      case "checkbox" -> Kind.BOOLEAN;
      case "checklist", "taglist", "dynamiclist", "table" -> Kind.JSON;
      default -> Kind.TEXT;
    };
  }

  private static String firstSegment(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }
}
