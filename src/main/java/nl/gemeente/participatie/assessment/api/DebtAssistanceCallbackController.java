package nl.gemeente.participatie.assessment.api;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;

import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.assessment.DebtReferralService;
import nl.gemeente.participatie.assessment.DebtReferralService.AnswerNotAllowedException;
import nl.gemeente.participatie.assessment.DebtReferralService.UnknownReferralException;
import nl.gemeente.participatie.assessment.DebtReferralStatus;
import nl.gemeente.participatie.assessment.process.DebtAssistanceAnswers;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The debt-assistance partner's answers: {@code POST /api/partners/debt-assistance/referrals/{id}}
 * with {@code {"status": "TAKEN_ON" | "DECLINED" | "FINISHED"}}. Group {@code schuldhulp} only. The
 * same answer twice has no second effect; an unknown referral gives 404, an answer that cannot
 * follow the current one 409; nothing changes then.
 */
@RestController
@RequestMapping("/api/partners/debt-assistance/referrals")
class DebtAssistanceCallbackController {

  record AnswerRequest(String status) {}

  record AnswerResponse(String referralId, String status, String effect) {}

  private final DebtReferralService referrals;
  private final DebtAssistanceAnswers answers;

  DebtAssistanceCallbackController(DebtReferralService referrals, DebtAssistanceAnswers answers) {
    this.referrals = referrals;
    this.answers = answers;
  }

  @PostMapping("/{referralId}")
  AnswerResponse answer(@PathVariable String referralId, @RequestBody AnswerRequest request) {
    DebtReferralStatus status = parse(request.status());
    DebtReferralService.AnswerResult result = referrals.answer(referralId, status, answers::deliver);
    return new AnswerResponse(referralId, status.name(), result.name());
  }

  private static DebtReferralStatus parse(String value) {
    try {
      DebtReferralStatus status = DebtReferralStatus.valueOf(value);
      if (status == DebtReferralStatus.REFERRED) {
        throw new IllegalArgumentException();
      }
      return status;
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidAnswerException();
    }
  }

  static class InvalidAnswerException extends RuntimeException {}

  @ExceptionHandler
  ProblemDetail invalid(InvalidAnswerException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unknown answer; nothing was changed.", "invalid-answer");
    problem.setProperty("errors", List.of(Map.of("field", "status", "message", "must be one of TAKEN_ON, DECLINED, FINISHED")));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail unknown(UnknownReferralException e) {
    return problem(HttpStatus.NOT_FOUND, "No such referral.", "unknown-referral");
  }

  @ExceptionHandler({AnswerNotAllowedException.class, MismatchingMessageCorrelationException.class})
  ProblemDetail conflict(RuntimeException e) {
    return problem(HttpStatus.CONFLICT,
        e instanceof AnswerNotAllowedException ? e.getMessage() : "The case is not waiting for this answer.",
        "answer-not-allowed");
  }
}
