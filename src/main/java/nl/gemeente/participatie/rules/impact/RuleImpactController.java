package nl.gemeente.participatie.rules.impact;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/rules/{decisionKey}/impact?from=2026-01-01&to=2026-06-30}, multipart with part
 * {@code dmn} (the candidate DMN file), for policy staff ({@code beleid}): what the candidate's
 * decision {@code decisionKey} would have changed in the evaluations recorded between {@code from}
 * and {@code to} (evaluation days, Dutch time, both inclusive, at most one year). See
 * {@link RuleImpactService} and {@link ImpactReport}.
 *
 * <p>400 (problem+json, {@code errors} naming each bad field): no or empty {@code dmn}, not a DMN
 * file, no decision {@code decisionKey} in it; {@code from} or {@code to} missing or not a date,
 * {@code from} after {@code to}, {@code to} more than one year after {@code from}. 404: no version
 * of {@code decisionKey} is deployed. Nothing is deployed or changed either way.
 */
@RestController
class RuleImpactController {

  static final int MAX_YEARS = 1;

  private final RuleImpactService impact;

  RuleImpactController(RuleImpactService impact) {
    this.impact = impact;
  }

  /** Bad request fields, each with what is wrong (never the value). */
  private static final class InvalidRequestException extends Exception {
    final Map<String, String> errors;

    InvalidRequestException(Map<String, String> errors) {
      super("invalid impact request");
      this.errors = errors;
    }
  }

  @PostMapping(path = "/api/rules/{decisionKey}/impact", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImpactReport impact(@PathVariable String decisionKey, @RequestPart(name = "dmn", required = false) MultipartFile dmn,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to)
      throws InvalidRequestException, RuleImpactService.UnknownDecisionException, IOException {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    if (start != null && end != null) {
      if (start.isAfter(end)) {
        errors.put("from", "is after to");
      } else if (end.isAfter(start.plusYears(MAX_YEARS))) {
        errors.put("to", "is more than " + MAX_YEARS + " year after from");
      }
    }
    if (dmn == null || dmn.isEmpty()) {
      errors.put("dmn", "is required: the candidate DMN file");
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    try {
      return impact.analyse(decisionKey, dmn.getBytes(), start, end);
    } catch (RuleImpactService.InvalidCandidateException e) {
      throw new InvalidRequestException(Map.of("dmn", e.getMessage()));
    }
  }

  private static LocalDate date(String field, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, "is required");
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(field, "is not a date (yyyy-mm-dd)");
      return null;
    }
  }

  @ExceptionHandler
  ProblemDetail invalid(InvalidRequestException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
        "The impact request is not valid; nothing was evaluated.", "invalid-impact-request");
    List<Map<String, String>> errors = new ArrayList<>();
    e.errors.forEach((field, message) -> errors.add(Map.of("field", field, "message", message)));
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler
  ProblemDetail unknown(RuleImpactService.UnknownDecisionException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage(), "decision-not-found");
  }
}
