package nl.gemeente.participatie.trajectory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Port: which partner ran a case's trajectory, for the outflow's figures and report. Other features
 * read the assignments' table only through this port.
 */
public interface TrajectoryPartners {

  /** The partner of each assignment that exists; unknown ids are absent. */
  Map<String, String> partnersOfAssignments(Collection<String> assignmentIds);

  /**
   * Per case, the partner of its latest accepted assignment (latest offered; on a tie the greatest
   * partner id); cases without an accepted assignment are absent.
   */
  Map<String, String> latestAcceptedPartners(Collection<String> caseIds);

  /**
   * The partner a job start counts for: the partner of the assignment whose end report gave the job,
   * else the partner of the case's latest accepted assignment.
   */
  default Optional<String> partnerFor(String caseId, String assignmentId) {
    if (assignmentId != null) {
      String partner = partnersOfAssignments(java.util.List.of(assignmentId)).get(assignmentId);
      if (partner != null) {
        return Optional.of(partner);
      }
    }
    return Optional.ofNullable(latestAcceptedPartners(java.util.List.of(caseId)).get(caseId));
  }
}
