package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assignments to partners and the partners' answers. */
@Service
public class AssignmentService {

  public record Assignment(String assignmentId, String caseId, String partnerId, String trajectoryType,
      BigDecimal priceCeiling, AssignmentStatus status) {}

  public enum AnswerResult { RECORDED, ALREADY_RECORDED }

  public static class UnknownAssignmentException extends RuntimeException {
    public UnknownAssignmentException() {
      super("No such assignment");
    }
  }

  /** The assignment belongs to another partner. */
  public static class NotYourAssignmentException extends RuntimeException {
    public NotYourAssignmentException() {
      super("This assignment belongs to another partner");
    }
  }

  public static class AssignmentClosedException extends RuntimeException {
    public AssignmentClosedException(AssignmentStatus status) {
      super("The assignment is " + status + " and takes no other answer");
    }
  }

  private final AssignmentRepository repository;
  private final PartnerAssignments partners;
  private final Clock clock;

  public AssignmentService(AssignmentRepository repository, PartnerAssignments partners, Clock clock) {
    this.repository = repository;
    this.partners = partners;
    this.clock = clock;
  }

  /** Records the assignment and sends it to the partner. */
  public String offer(String caseId, String partnerId, String trajectoryType, BigDecimal priceCeiling) {
    String id = UUID.randomUUID().toString();
    repository.insert(new Assignment(id, caseId, partnerId, trajectoryType, priceCeiling, AssignmentStatus.OFFERED),
        clock.instant());
    partners.offer(new PartnerAssignments.Offer(id, partnerId, caseId, trajectoryType, priceCeiling));
    return id;
  }

  /**
   * A partner's answer to an assignment offered to it.
   *
   * @param onRecorded called, in the same transaction, when the answer changed the assignment
   */
  @Transactional
  public AnswerResult answer(String assignmentId, String partnerId, boolean accepted, Consumer<Assignment> onRecorded) {
    Assignment assignment = find(assignmentId).orElseThrow(UnknownAssignmentException::new);
    if (!assignment.partnerId().equals(partnerId)) {
      throw new NotYourAssignmentException();
    }
    AssignmentStatus answer = accepted ? AssignmentStatus.ACCEPTED : AssignmentStatus.DECLINED;
    if (assignment.status() == answer) {
      return AnswerResult.ALREADY_RECORDED;
    }
    if (assignment.status() != AssignmentStatus.OFFERED || !close(assignmentId, answer)) {
      AssignmentStatus now = find(assignmentId).orElseThrow().status();
      if (now == answer) {
        // The same answer, sent at the same moment, won the update: this one has no second effect.
        return AnswerResult.ALREADY_RECORDED;
      }
      throw new AssignmentClosedException(now);
    }
    onRecorded.accept(find(assignmentId).orElseThrow());
    return AnswerResult.RECORDED;
  }

  /** No answer in time: the assignment lapses. False when it was answered meanwhile. */
  public boolean expire(String assignmentId) {
    return close(assignmentId, AssignmentStatus.EXPIRED);
  }

  /**
   * The assignment a step of case {@code caseId} acts on, checked to be that case's own: its id in
   * the engine is a variable, and a variable write must not make one case act on another's assignment.
   *
   * @throws IllegalStateException naming the ids only, when the assignment is unknown or another case's
   */
  public Assignment ofCase(String caseId, String assignmentId) {
    Assignment assignment = find(assignmentId)
        .orElseThrow(() -> new IllegalStateException("No assignment " + assignmentId + " for case " + caseId));
    if (!assignment.caseId().equals(caseId)) {
      throw new IllegalStateException("Assignment " + assignmentId + " does not belong to case " + caseId + "; not acted on");
    }
    return assignment;
  }

  public Optional<Assignment> find(String assignmentId) {
    return repository.find(assignmentId);
  }

  private boolean close(String assignmentId, AssignmentStatus status) {
    return repository.closeOffered(assignmentId, status, clock.instant());
  }
}
