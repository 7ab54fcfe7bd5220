package nl.gemeente.participatie.trajectory;

import java.time.Instant;
import java.util.Optional;
import nl.gemeente.participatie.trajectory.AssignmentService.Assignment;

/** Table {@code pw_assignment}: assignments to partners and their answers. */
public interface AssignmentRepository {

  void insert(Assignment assignment, Instant offeredAt);

  Optional<Assignment> find(String assignmentId);

  /** Closes an offered assignment with an answer (or its lapse); false when it was no longer offered. */
  boolean closeOffered(String assignmentId, AssignmentStatus status, Instant at);
}
