package nl.gemeente.participatie.trajectory.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import nl.gemeente.participatie.trajectory.AssignmentEventRepository;
import nl.gemeente.participatie.trajectory.TrajectoryReports;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code pw_assignment_event}; its unique key makes each report count once. */
@Repository
class JdbcAssignmentEventRepository implements AssignmentEventRepository {

  private final JdbcClient jdbc;

  JdbcAssignmentEventRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public boolean recordOnce(String assignmentId, TrajectoryReports.Kind kind, String externalId,
      TrajectoryReports.Result result, BigDecimal amount, String summary, Instant receivedAt) {
    try {
      jdbc.sql("""
              insert into pw_assignment_event (assignment_id, kind, external_id, result, amount, summary, received_at)
              values (:id, :kind, :externalId, :result, :amount, :summary, :now)""")
          .param("id", assignmentId).param("kind", kind.name()).param("externalId", externalId)
          .param("result", result == null ? null : result.name()).param("amount", amount).param("summary", summary)
          .param("now", OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC)).update();
      return true;
    } catch (DuplicateKeyException repeat) {
      return false;
    }
  }
}
