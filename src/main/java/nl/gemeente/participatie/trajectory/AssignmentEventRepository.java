package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import java.time.Instant;

/** Table {@code pw_assignment_event}: a partner's reports on an assignment, each once. */
public interface AssignmentEventRepository {

  /** @return false when this report (assignment, kind, external id) was received before: nothing stored */
  boolean recordOnce(String assignmentId, TrajectoryReports.Kind kind, String externalId, TrajectoryReports.Result result,
      BigDecimal amount, String summary, Instant receivedAt);
}
