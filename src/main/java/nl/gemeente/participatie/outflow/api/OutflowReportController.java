package nl.gemeente.participatie.outflow.api;

import static nl.gemeente.participatie.platform.web.InvalidRequestException.fieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.gemeente.participatie.outflow.OutflowReport;
import nl.gemeente.participatie.platform.web.InvalidRequestException;
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

  private final OutflowReport report;

  OutflowReportController(OutflowReport report) {
    this.report = report;
  }

  @GetMapping("/api/reports/outflow")
  OutflowReport.Figures outflow(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start.isAfter(end)) {
      throw invalidPeriod("from", "is after to");
    }
    if (start.plusYears(MAX_YEARS).isBefore(end)) {
      throw invalidPeriod("to", "is more than " + MAX_YEARS + " years after from");
    }
    return report.between(start, end);
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw invalidPeriod(field, "is required");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw invalidPeriod(field, "is not a date (yyyy-mm-dd)");
    }
  }

  private static InvalidRequestException invalidPeriod(String field, String message) {
    return new InvalidRequestException("The period is not valid.", "invalid-period", null, List.of(fieldError(field, message)));
  }

}
