package nl.gemeente.participatie.intake.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.intake.CaseNotFoundException;
import nl.gemeente.participatie.intake.InvalidMeldingException;
import nl.gemeente.participatie.intake.OpenCaseExistsException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Intake errors as RFC 9457 problem+json. */
@RestControllerAdvice(assignableTypes = CaseController.class)
class IntakeProblems {

  static final URI INVALID_MELDING = URI.create("urn:participatie:problem:invalid-melding");
  static final URI OPEN_CASE_EXISTS = URI.create("urn:participatie:problem:open-case-exists");
  static final URI CASE_NOT_FOUND = URI.create("urn:participatie:problem:case-not-found");

  @ExceptionHandler
  ProblemDetail invalidMelding(InvalidMeldingException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The melding has invalid fields; nothing was registered.");
    problem.setType(INVALID_MELDING);
    problem.setTitle("Invalid melding");
    List<Map<String, String>> errors = e.violations().stream()
        .map(v -> Map.of("field", v.field(), "code", v.name(), "message", v.message()))
        .toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler
  ProblemDetail openCaseExists(OpenCaseExistsException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "This person already has an open case: " + e.existingCaseId());
    problem.setType(OPEN_CASE_EXISTS);
    problem.setTitle("Open case exists");
    problem.setProperty("existingCaseId", e.existingCaseId());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail caseNotFound(CaseNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such case.");
    problem.setType(CASE_NOT_FOUND);
    problem.setTitle("Case not found");
    return problem;
  }
}
