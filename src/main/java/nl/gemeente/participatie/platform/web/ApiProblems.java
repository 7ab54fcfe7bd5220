package nl.gemeente.participatie.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
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
 *
 * <p>No package selector: errors found before a controller is chosen (an unsupported content type,
 * a too large upload) have no handler, and an advice limited to packages would not see them; they
 * would fall through to an empty or HTML answer.
 *
 * <p>A lost race (two requests changing the same thing at the same moment: a unique key taken by the
 * other, a concurrent update of the same process instance) is 409, logged as one line without the
 * driver's text (which may quote a BSN). Services whose calls are idempotent answer the first answer
 * again instead ({@code ConflictRetry}); what reaches this point was not.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

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

  /** A concurrent request changed the same data first; this one changed nothing (its transaction rolled back). */
  @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class, OptimisticLockingException.class})
  ProblemDetail lostRace(RuntimeException e, HttpServletRequest request) {
    log.warn("{} {}: lost a race with a concurrent request ({}); answered 409", request.getMethod(),
        request.getRequestURI(), e.getClass().getSimpleName());
    ProblemDetail problem = problem(HttpStatus.CONFLICT,
        "A concurrent request changed the same data first; nothing was changed by this one. Read the current state "
            + "before trying again.", "concurrent-update");
    problem.setTitle("Concurrent update");
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
