package nl.gemeente.participatie.inview.api;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;
import static nl.gemeente.participatie.platform.web.InvalidRequestException.fieldError;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.inview.AppointmentKind;
import nl.gemeente.participatie.inview.InViewService;
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
 * {@code POST /api/cases/{caseId}/missed-appointments} ({@code klantmanager}): the client missed an
 * appointment. After {@code participatie.in-view.missed-appointments-before-visit} of them (since the
 * last visit) the case gets "Huisbezoek afleggen". 201 with the count; the same appointment twice is
 * counted once.
 */
@RestController
class MissedAppointmentController {

  record MissedAppointment(LocalDate date, AppointmentKind kind) {}

  private final InViewService inView;
  private final Clock clock;

  MissedAppointmentController(InViewService inView, Clock clock) {
    this.inView = inView;
    this.clock = clock;
  }

  @PostMapping("/api/cases/{caseId}/missed-appointments")
  ResponseEntity<Map<String, Object>> missed(@PathVariable String caseId, @RequestBody MissedAppointment request,
      Authentication user) {
    List<Map<String, String>> errors = new ArrayList<>();
    if (request.date() == null) {
      errors.add(fieldError("date", "is required"));
    } else if (request.date().isAfter(LocalDate.now(clock))) {
      errors.add(fieldError("date", "is in the future"));
    }
    if (request.kind() == null) {
      errors.add(fieldError("kind", "is required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(inView.missedAppointment(caseId, request.date(), request.kind(), user.getName()));
  }

  @ExceptionHandler
  ProblemDetail notFound(CaseNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "No such case.", "case-not-found");
  }

  @ExceptionHandler
  ProblemDetail notRunning(InViewService.NotInViewException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage(), "case-not-running");
  }
}
