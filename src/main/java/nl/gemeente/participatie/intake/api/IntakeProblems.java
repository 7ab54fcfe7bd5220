package nl.gemeente.participatie.intake.api;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;

import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.intake.InvalidMeldingException;
import nl.gemeente.participatie.zaak.OpenCaseExistsException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Intake errors as RFC 9457 problem+json. */
@RestControllerAdvice(assignableTypes = CaseController.class)
class IntakeProblems {

  @ExceptionHandler
  ProblemDetail invalidMelding(InvalidMeldingException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
        "The melding has invalid fields; nothing was registered.", "invalid-melding");
    problem.setTitle("Invalid melding");
    List<Map<String, String>> errors = e.violations().stream()
        .map(v -> Map.of("field", v.field(), "code", v.name(), "message", e.message(v)))
        .toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler
  ProblemDetail openCaseExists(OpenCaseExistsException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT,
        "This person already has an open case: " + e.existingCaseId(), "open-case-exists");
    problem.setTitle("Open case exists");
    problem.setProperty("existingCaseId", e.existingCaseId());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail caseNotFound(CaseNotFoundException e) {
    ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "No such case.", "case-not-found");
    problem.setTitle("Case not found");
    return problem;
  }
}
