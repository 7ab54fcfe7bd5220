package nl.gemeente.participatie.assessment.api;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;

import java.util.Map;
import nl.gemeente.participatie.assessment.process.PlanRevisions;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.CaseLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{caseId}/plan-revision} (group {@code klantmanager}): the caseworker revises
 * the plan; Tasklist then shows "Brede intake bijwerken". 202 when started, 404 for an unknown case,
 * 409 when there is no assessment yet, a revision is already under way, or the case has ended.
 */
@RestController
class PlanRevisionController {

  private final CaseLifecycle cases;
  private final PlanRevisions revisions;

  PlanRevisionController(CaseLifecycle cases, PlanRevisions revisions) {
    this.cases = cases;
    this.revisions = revisions;
  }

  @PostMapping("/api/cases/{caseId}/plan-revision")
  ResponseEntity<Map<String, String>> revise(@PathVariable String caseId) {
    cases.view(caseId);
    revisions.request(caseId);
    return ResponseEntity.accepted().body(Map.of("caseId", caseId, "status", "REVISION_STARTED"));
  }

  @ExceptionHandler
  ProblemDetail notFound(CaseNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "No such case.", "case-not-found");
  }

  @ExceptionHandler
  ProblemDetail notPossible(PlanRevisions.RevisionNotPossibleException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage(), "revision-not-possible");
  }
}
