package nl.gemeente.participatie.trajectory.api;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;

import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.trajectory.AssignmentService;
import nl.gemeente.participatie.trajectory.AssignmentService.AssignmentClosedException;
import nl.gemeente.participatie.trajectory.AssignmentService.NotYourAssignmentException;
import nl.gemeente.participatie.trajectory.AssignmentService.UnknownAssignmentException;
import nl.gemeente.participatie.trajectory.TrajectoryReports;
import nl.gemeente.participatie.trajectory.process.AssignmentAnswers;
import nl.gemeente.participatie.trajectory.process.TrajectoryEvents;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner accepts or declines an assignment: {@code POST /api/partners/assignments/{id}/answer}
 * with {@code {"accepted": true|false}}. Each partner has its own account (user id = partner id, group
 * {@code partner}) and can only answer its own assignments (403 otherwise). Unknown: 404; already
 * answered otherwise or lapsed: 409; the same answer twice: no second effect; bad body: 400.
 */
@RestController
class AssignmentCallbackController {

  record Answer(Boolean accepted) {}

  record ProgressReport(String reportId, String summary) {}

  record EndReport(String reportId, String result, String summary) {}

  record Invoice(String invoiceNumber, java.math.BigDecimal amount) {}

  record ReportResponse(String assignmentId, String kind, String effect) {}

  record AnswerResponse(String assignmentId, String status, String effect) {}

  private final AssignmentService assignments;
  private final AssignmentAnswers answers;
  private final TrajectoryReports reports;
  private final TrajectoryEvents events;

  AssignmentCallbackController(AssignmentService assignments, AssignmentAnswers answers, TrajectoryReports reports,
      TrajectoryEvents events) {
    this.assignments = assignments;
    this.answers = answers;
    this.reports = reports;
    this.events = events;
  }

  /** A progress report; {@code reportId} is the partner's own id of the report (a repeat has no effect). */
  @PostMapping("/api/partners/assignments/{assignmentId}/progress")
  ReportResponse progress(@PathVariable String assignmentId, @RequestBody ProgressReport report, Authentication partner) {
    return response(assignmentId, TrajectoryReports.Kind.PROGRESS, reports.receive(assignmentId, partner.getName(),
        TrajectoryReports.Kind.PROGRESS, report.reportId(), null, null, report.summary(), events::deliver));
  }

  /** The end report with its result: PAID_WORK, NEXT_RUNG, DROPPED_OUT or NO_SHOW. */
  @PostMapping("/api/partners/assignments/{assignmentId}/end-report")
  ReportResponse endReport(@PathVariable String assignmentId, @RequestBody EndReport report, Authentication partner) {
    TrajectoryReports.Result result;
    try {
      result = TrajectoryReports.Result.valueOf(report.result());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new TrajectoryReports.InvalidReportException("result required: PAID_WORK, NEXT_RUNG, DROPPED_OUT or NO_SHOW");
    }
    return response(assignmentId, TrajectoryReports.Kind.END, reports.receive(assignmentId, partner.getName(),
        TrajectoryReports.Kind.END, "END", result, null, report.summary(), events::deliver));
  }

  /** The invoice; the invoice number makes a repeat have no second effect. */
  @PostMapping("/api/partners/assignments/{assignmentId}/invoice")
  ReportResponse invoice(@PathVariable String assignmentId, @RequestBody Invoice invoice, Authentication partner) {
    return response(assignmentId, TrajectoryReports.Kind.INVOICE, reports.receive(assignmentId, partner.getName(),
        TrajectoryReports.Kind.INVOICE, invoice.invoiceNumber(), null, invoice.amount(), null, events::deliver));
  }

  private static ReportResponse response(String assignmentId, TrajectoryReports.Kind kind, boolean recorded) {
    return new ReportResponse(assignmentId, kind.name(), recorded ? "RECORDED" : "ALREADY_RECORDED");
  }

  @ExceptionHandler
  ProblemDetail invalidReport(TrajectoryReports.InvalidReportException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage() + "; nothing was changed.", "invalid-report");
  }

  @ExceptionHandler
  ProblemDetail notRunning(TrajectoryReports.NotRunningException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage(), "assignment-not-running");
  }

  @PostMapping("/api/partners/assignments/{assignmentId}/answer")
  AnswerResponse answer(@PathVariable String assignmentId, @RequestBody Answer answer, Authentication partner) {
    if (answer.accepted() == null) {
      throw new BadAnswerException();
    }
    AssignmentService.AnswerResult result = assignments.answer(assignmentId, partner.getName(), answer.accepted(),
        answers::deliver);
    return new AnswerResponse(assignmentId, answer.accepted() ? "ACCEPTED" : "DECLINED", result.name());
  }

  static class BadAnswerException extends RuntimeException {}

  @ExceptionHandler
  ProblemDetail bad(BadAnswerException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Answer missing; nothing was changed.", "invalid-answer");
    problem.setProperty("errors", List.of(Map.of("field", "accepted", "message", "is required (true or false)")));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail unknown(UnknownAssignmentException e) {
    return problem(HttpStatus.NOT_FOUND, "No such assignment.", "unknown-assignment");
  }

  @ExceptionHandler
  ProblemDetail notYours(NotYourAssignmentException e) {
    return problem(HttpStatus.FORBIDDEN, "This assignment is not yours.", "not-your-assignment");
  }

  @ExceptionHandler({AssignmentClosedException.class, MismatchingMessageCorrelationException.class})
  ProblemDetail closed(RuntimeException e) {
    return problem(HttpStatus.CONFLICT, e instanceof AssignmentClosedException ? e.getMessage()
        : "The case does not expect this now (an earlier report may still be under review).", "assignment-closed");
  }
}
