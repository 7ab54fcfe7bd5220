package nl.gemeente.participatie.signals.api;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.gemeente.participatie.signals.SignalInput;
import nl.gemeente.participatie.signals.SignalService;
import nl.gemeente.participatie.signals.SignalStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/signals}: signals from the BRP, housing corporations and the Inlichtingenbureau
 * (system accounts in group {@code signalen}, each for its configured sources only) and the client's
 * own (through a {@code klantmanager}). 202 when taken: {@code CHECK_STARTED} in the running case, or
 * {@code NO_RUNNING_CASE} (recorded, never an error); 200 with {@code duplicate: true} for a signal
 * the source sent before; 400 problem+json for a signal that is not right in itself or of a source
 * the sender may not send (field {@code source}), nothing stored.
 */
@RestController
class SignalController {

  private final SignalService signals;
  private final SignalSenders senders;

  SignalController(SignalService signals, SignalSenders senders) {
    this.signals = signals;
    this.senders = senders;
  }

  @PostMapping("/api/signals")
  ResponseEntity<Map<String, Object>> receive(@RequestBody SignalInput input, Authentication user) {
    SignalService.Received received = signals.receive(input, senders.allowedFor(user), user.getName());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("signalId", received.signalId());
    body.put("status", received.status().name());
    if (received.caseId() != null) {
      body.put("caseId", received.caseId());
    }
    if (received.status() == SignalStatus.NO_RUNNING_CASE) {
      body.put("message", "no running case");
    }
    body.put("duplicate", received.duplicate());
    return received.duplicate() ? ResponseEntity.ok(body) : ResponseEntity.accepted().body(body);
  }

  @ExceptionHandler
  ProblemDetail invalid(SignalService.InvalidSignalException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The signal has invalid fields; nothing was stored.",
        "invalid-signal");
    problem.setTitle("Invalid signal");
    problem.setProperty("errors", e.errors());
    return problem;
  }
}
