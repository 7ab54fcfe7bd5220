package nl.gemeente.participatie.assessment;

import java.time.Instant;
import java.util.Optional;

public interface AssessmentRepository {

  /** Stores a (new version of the) assessment with its proposal; a revision clears the agreed plan. */
  int save(String caseId, String assessmentJson, RouteProposal proposal);

  void savePlan(String caseId, Route agreed, String deviationReason, boolean tiedToAward, String planJson, String by,
      Instant at);

  Optional<AssessmentRecord> find(String caseId);
}
