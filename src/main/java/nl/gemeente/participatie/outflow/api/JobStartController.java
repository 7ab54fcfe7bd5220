package nl.gemeente.participatie.outflow.api;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;
import static nl.gemeente.participatie.platform.web.InvalidRequestException.fieldError;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.IntakeChannel;
import nl.gemeente.participatie.zaak.OpenCaseExistsException;
import nl.gemeente.participatie.outflow.JobStartReport;
import nl.gemeente.participatie.outflow.JobStartRules;
import nl.gemeente.participatie.outflow.JobStartSource;
import nl.gemeente.participatie.outflow.OutflowService;
import nl.gemeente.participatie.outflow.OutflowService.OutflowNotPossibleException;
import nl.gemeente.participatie.platform.access.ServiceGroup;
import nl.gemeente.participatie.platform.web.ApiProblems;
import nl.gemeente.participatie.platform.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{caseId}/job-start} (groups {@code klantmanager} and {@code werkgeversservice}):
 * the client starts a job; the case starts its outflow ("Uitstroom naar werk"). 202 with the job start's
 * id; the same job reported again answers with the first report. {@code POST /api/cases/{caseId}/job-loss}
 * ({@code klantmanager}): the job ended; within aftercare back to the assessment stage (202), after a
 * case that ended in work a new melding linked to it (201). Bad input 400, unknown case 404, not possible
 * now 409, all problem+json without personal data; nothing changes on an error.
 */
@RestController
class JobStartController {

  /** A reported job start; wages come from the income gateway or the caseworker, not from here. */
  record JobStartRequest(LocalDate startDate, BigDecimal hoursPerWeek, Boolean reducedWageValue, Boolean employerWantsTrial) {}

  record JobLossRequest(LocalDate lastWorkingDay, IntakeChannel channel) {}

  private final OutflowService outflow;
  private final Clock clock;

  JobStartController(OutflowService outflow, Clock clock) {
    this.outflow = outflow;
    this.clock = clock;
  }

  @PostMapping("/api/cases/{caseId}/job-start")
  ResponseEntity<Map<String, Object>> jobStart(@PathVariable String caseId, @RequestBody JobStartRequest request,
      Authentication user) {
    List<Map<String, String>> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (request.startDate() == null) {
      errors.add(fieldError("startDate", "is required"));
    } else if (JobStartRules.startsTooFarAhead(request.startDate(), today)) {
      errors.add(fieldError("startDate", "is more than " + JobStartRules.MAX_DAYS_AHEAD + " days ahead"));
    } else if (request.startDate().isBefore(today.minusYears(1))) {
      errors.add(fieldError("startDate", "is more than a year ago"));
    }
    if (!JobStartRules.hoursPerWeekPossible(request.hoursPerWeek())) {
      errors.add(fieldError("hoursPerWeek", "must be more than 0 and at most 60"));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    boolean employerServices = user.getAuthorities().stream()
        .anyMatch(authority -> ServiceGroup.WERKGEVERSSERVICE.id().equals(authority.getAuthority()));
    var reported = outflow.report(caseId, employerServices ? JobStartSource.EMPLOYER_SERVICES : JobStartSource.CASEWORKER,
        new JobStartReport(request.startDate(), request.hoursPerWeek(), Boolean.TRUE.equals(request.reducedWageValue()),
            Boolean.TRUE.equals(request.employerWantsTrial())),
        null, user.getName());
    return ResponseEntity.accepted().body(Map.of("caseId", caseId, "jobStartId", reported.jobStartId(),
        "status", reported.alreadyReported() ? "ALREADY_REPORTED" : "OUTFLOW_STARTED"));
  }

  @PostMapping("/api/cases/{caseId}/job-loss")
  ResponseEntity<Map<String, Object>> jobLoss(@PathVariable String caseId, @RequestBody JobLossRequest request,
      Authentication user) {
    List<Map<String, String>> errors = new ArrayList<>();
    if (request.lastWorkingDay() == null) {
      errors.add(fieldError("lastWorkingDay", "is required"));
    } else if (request.lastWorkingDay().isAfter(LocalDate.now(clock))) {
      errors.add(fieldError("lastWorkingDay", "is in the future"));
    }
    if (request.channel() == null) {
      errors.add(fieldError("channel", "is required"));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    var effect = outflow.jobLoss(caseId, request.lastWorkingDay(), request.channel(), user.getName());
    Map<String, Object> body = Map.of("effect", effect.effect(), "caseId", effect.caseId());
    if (OutflowService.JobLossEffect.NEW_MELDING.equals(effect.effect())) {
      return ResponseEntity.created(URI.create("/api/cases/" + effect.caseId())).body(body);
    }
    return ResponseEntity.accepted().body(body);
  }

  /** Bad input, with the title this API has always given it. */
  private static InvalidRequestException invalid(List<Map<String, String>> errors) {
    return new InvalidRequestException(InvalidRequestException.DETAIL, "invalid-request", "Invalid request", errors);
  }

  @ExceptionHandler
  ProblemDetail invalidJobStart(OutflowService.InvalidJobStartException e) {
    return ApiProblems.problemFor(invalid(List.of(fieldError(e.field(), e.getMessage()))));
  }

  @ExceptionHandler
  ProblemDetail notFound(CaseNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "No such case.", "case-not-found");
  }

  /** A job loss after the case ended, reported again: the follow-up case it opened is still open. */
  @ExceptionHandler
  ProblemDetail openCaseExists(OpenCaseExistsException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT,
        "The client already has an open case (the job loss may have been reported before): " + e.existingCaseId(),
        "open-case-exists");
    problem.setProperty("existingCaseId", e.existingCaseId());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail notPossible(OutflowNotPossibleException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage(), "outflow-not-possible");
  }
}
