package nl.gemeente.participatie.trajectory.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.trajectory.AssignmentService;
import nl.gemeente.participatie.trajectory.AssignmentService.AssignmentClosedException;
import nl.gemeente.participatie.trajectory.AssignmentService.NotYourAssignmentException;
import nl.gemeente.participatie.trajectory.AssignmentService.UnknownAssignmentException;
import nl.gemeente.participatie.trajectory.process.AssignmentAnswers;
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

  record AnswerResponse(String assignmentId, String status, String effect) {}

  private final AssignmentService assignments;
  private final AssignmentAnswers answers;

  AssignmentCallbackController(AssignmentService assignments, AssignmentAnswers answers) {
    this.assignments = assignments;
    this.answers = answers;
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
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Answer missing; nothing was changed.");
    problem.setType(URI.create("urn:participatie:problem:invalid-answer"));
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
        : "No purchase waits for this answer.", "assignment-closed");
  }

  private static ProblemDetail problem(HttpStatus status, String detail, String type) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:participatie:problem:" + type));
    return problem;
  }
}
