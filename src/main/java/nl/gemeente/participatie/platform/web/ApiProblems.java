package nl.gemeente.participatie.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem+json for every error of the service's own API. An unreadable body is answered without
 * echoing any part of it (it may hold a BSN), naming the field where Jackson knows it.
 */
@RestControllerAdvice(basePackages = "nl.gemeente.participatie")
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final String TYPE_PREFIX = "urn:participatie:problem:";

  public static final URI MALFORMED_REQUEST = type("malformed-request");

  /** The URI of one of the service's problem types, e.g. {@code type("case-not-found")}. */
  public static URI type(String name) {
    return URI.create(TYPE_PREFIX + name);
  }

  /** A problem of the service's own API: status, a detail without personal data, and its type name. */
  public static ProblemDetail problem(HttpStatus status, String detail, String typeName) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type(typeName));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail invalidRequest(InvalidRequestException e) {
    return problemFor(e);
  }

  /** The 400 problem+json for bad input, for a handler that maps a domain exception to it. */
  public static ProblemDetail problemFor(InvalidRequestException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.typeName());
    if (e.title() != null) {
      problem.setTitle(e.title());
    }
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON for this resource; nothing was changed.", "malformed-request");
    problem.setTitle("Malformed request");
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      String message = mapping instanceof UnrecognizedPropertyException ? "is not a known field" : "has the wrong type";
      problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    }
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }
}
