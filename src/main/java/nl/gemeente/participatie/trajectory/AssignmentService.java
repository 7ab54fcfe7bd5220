package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  private final JdbcClient jdbc;
  private final PartnerAssignments partners;
  private final Clock clock;

  public AssignmentService(DataSource dataSource, PartnerAssignments partners, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.partners = partners;
    this.clock = clock;
  }

  /** Records the assignment and sends it to the partner. */
  public String offer(String caseId, String partnerId, String trajectoryType, BigDecimal priceCeiling) {
    String id = UUID.randomUUID().toString();
    jdbc.sql("""
            insert into pw_assignment (assignment_id, case_id, partner_id, trajectory_type, price_ceiling, status, offered_at)
            values (:id, :caseId, :partnerId, :type, :ceiling, :status, :now)""")
        .param("id", id).param("caseId", caseId).param("partnerId", partnerId).param("type", trajectoryType)
        .param("ceiling", priceCeiling).param("status", AssignmentStatus.OFFERED.name()).param("now", now()).update();
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
    return jdbc.sql("select * from pw_assignment where assignment_id = :id")
        .param("id", assignmentId)
        .query((rs, row) -> new Assignment(rs.getString("assignment_id"), rs.getString("case_id"),
            rs.getString("partner_id"), rs.getString("trajectory_type"), rs.getBigDecimal("price_ceiling"),
            AssignmentStatus.valueOf(rs.getString("status"))))
        .optional();
  }

  private boolean close(String assignmentId, AssignmentStatus status) {
    return jdbc.sql("""
            update pw_assignment set status = :status, answered_at = :now
            where assignment_id = :id and status = :offered""")
        .param("status", status.name()).param("now", now()).param("id", assignmentId)
        .param("offered", AssignmentStatus.OFFERED.name()).update() == 1;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
