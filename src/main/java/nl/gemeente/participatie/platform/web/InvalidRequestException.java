package nl.gemeente.participatie.platform.web;

import java.util.List;
import java.util.Map;

/**
 * Bad input to one of the service's own API endpoints: answered by {@link ApiProblems} with 400
 * problem+json whose {@code errors} name each field and what is wrong (never the value). Nothing was
 * changed.
 */
public class InvalidRequestException extends RuntimeException {

  public static final String DETAIL = "The request has invalid fields; nothing was changed.";

  private final String typeName;
  private final String title;
  private final List<Map<String, String>> errors;

  /** @param title the problem's title, or null for the default ("Bad Request") */
  public InvalidRequestException(String detail, String typeName, String title, List<Map<String, String>> errors) {
    super(detail);
    this.typeName = typeName;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** The usual bad request: type {@code invalid-request}, the standard detail. */
  public InvalidRequestException(List<Map<String, String>> errors) {
    this(DETAIL, "invalid-request", null, errors);
  }

  /** One field and what is wrong with it. */
  public static Map<String, String> fieldError(String field, String message) {
    return Map.of("field", field, "message", message);
  }

  public String typeName() {
    return typeName;
  }

  public String title() {
    return title;
  }

  public List<Map<String, String>> errors() {
    return errors;
  }
}
