package nl.gemeente.participatie.trajectory.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gemeente.participatie.common.Batches;
import nl.gemeente.participatie.trajectory.AssignmentRepository;
import nl.gemeente.participatie.trajectory.AssignmentService.Assignment;
import nl.gemeente.participatie.trajectory.AssignmentStatus;
import nl.gemeente.participatie.trajectory.TrajectoryPartners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code pw_assignment}: the trajectory feature's assignments, and its port {@link TrajectoryPartners}. */
@Repository
class JdbcAssignmentRepository implements AssignmentRepository, TrajectoryPartners {

  private final JdbcClient jdbc;

  JdbcAssignmentRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public void insert(Assignment assignment, Instant offeredAt) {
    jdbc.sql("""
            insert into pw_assignment (assignment_id, case_id, partner_id, trajectory_type, price_ceiling, status, offered_at)
            values (:id, :caseId, :partnerId, :type, :ceiling, :status, :now)""")
        .param("id", assignment.assignmentId()).param("caseId", assignment.caseId())
        .param("partnerId", assignment.partnerId()).param("type", assignment.trajectoryType())
        .param("ceiling", assignment.priceCeiling()).param("status", assignment.status().name())
        .param("now", utc(offeredAt)).update();
  }

  @Override
  public Optional<Assignment> find(String assignmentId) {
    return jdbc.sql("select * from pw_assignment where assignment_id = :id")
        .param("id", assignmentId)
        .query((rs, row) -> new Assignment(rs.getString("assignment_id"), rs.getString("case_id"),
            rs.getString("partner_id"), rs.getString("trajectory_type"), rs.getBigDecimal("price_ceiling"),
            AssignmentStatus.valueOf(rs.getString("status"))))
        .optional();
  }

  @Override
  public boolean closeOffered(String assignmentId, AssignmentStatus status, Instant at) {
    return jdbc.sql("""
            update pw_assignment set status = :status, answered_at = :now
            where assignment_id = :id and status = :offered""")
        .param("status", status.name()).param("now", utc(at)).param("id", assignmentId)
        .param("offered", AssignmentStatus.OFFERED.name()).update() == 1;
  }

  @Override
  public Map<String, String> partnersOfAssignments(Collection<String> assignmentIds) {
    Map<String, String> partners = new HashMap<>();
    for (var batch : Batches.of(assignmentIds)) {
      jdbc.sql("select assignment_id, partner_id from pw_assignment where assignment_id in (:ids)").param("ids", batch)
          .query(rs -> {
            partners.put(rs.getString(1), rs.getString(2));
          });
    }
    return partners;
  }

  @Override
  public Map<String, String> latestAcceptedPartners(Collection<String> caseIds) {
    Map<String, String> partners = new HashMap<>();
    for (var batch : Batches.of(caseIds)) {
      jdbc.sql("""
              select p.case_id, max(p.partner_id) from pw_assignment p
              where p.case_id in (:ids) and p.status = 'ACCEPTED'
                and p.offered_at = (select max(q.offered_at) from pw_assignment q
                                    where q.case_id = p.case_id and q.status = 'ACCEPTED')
              group by p.case_id""")
          .param("ids", batch)
          .query(rs -> {
            partners.put(rs.getString(1), rs.getString(2));
          });
    }
    return partners;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
