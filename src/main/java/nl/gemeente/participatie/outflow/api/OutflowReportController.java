package nl.gemeente.participatie.outflow.api;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.outflow.OutflowReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/outflow?from=2026-01-01&to=2026-12-31} (groups {@code teamleider} and
 * {@code beleid}): outflow figures over a period, aggregated, without personal data. Both dates are
 * required ISO dates, {@code from} not after {@code to}, at most 5 years apart; otherwise 400.
 */
@RestController
class OutflowReportController {

  static final int MAX_YEARS = 5;

  private static class InvalidPeriodException extends RuntimeException {
    final String field;

    InvalidPeriodException(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  private final OutflowReport report;

  OutflowReportController(OutflowReport report) {
    this.report = report;
  }

  @GetMapping("/api/reports/outflow")
  OutflowReport.Figures outflow(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start.isAfter(end)) {
      throw new InvalidPeriodException("from", "is after to");
    }
    if (start.plusYears(MAX_YEARS).isBefore(end)) {
      throw new InvalidPeriodException("to", "is more than " + MAX_YEARS + " years after from");
    }
    return report.between(start, end);
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidPeriodException(field, "is required");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidPeriodException(field, "is not a date (yyyy-mm-dd)");
    }
  }

  @ExceptionHandler
  ProblemDetail invalid(InvalidPeriodException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The period is not valid.", "invalid-period");
    problem.setProperty("errors", List.of(Map.of("field", e.field, "message", e.getMessage())));
    return problem;
  }
}
