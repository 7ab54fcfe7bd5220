package nl.gemeente.participatie.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gemeente.participatie.assessment.AssessmentFacts;
import nl.gemeente.participatie.assessment.AssessmentRecord;
import nl.gemeente.participatie.assessment.AssessmentRepository;
import nl.gemeente.participatie.assessment.Route;
import nl.gemeente.participatie.assessment.RouteProposal;
import nl.gemeente.participatie.common.Batches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code pw_assessment}: the assessment feature's repository and its port {@link AssessmentFacts}. */
@Repository
class JdbcAssessmentRepository implements AssessmentRepository, AssessmentFacts {

  private final JdbcClient jdbc;

  JdbcAssessmentRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public int save(String caseId, String assessmentJson, RouteProposal proposal) {
    int version = jdbc.sql("select coalesce(max(version), 0) from pw_assessment where case_id = :caseId")
        .param("caseId", caseId).query(Integer.class).single() + 1;
    jdbc.sql("delete from pw_assessment where case_id = :caseId").param("caseId", caseId).update();
    jdbc.sql("""
            insert into pw_assessment (case_id, version, assessment, proposed_route, debt_referral, obligations,
                                       exempt_until, language_requirement)
            values (:caseId, :version, :assessment, :route, :debtReferral, :obligations, :exemptUntil, :language)""")
        .param("caseId", caseId)
        .param("version", version)
        .param("assessment", assessmentJson)
        .param("route", proposal.route().name())
        .param("debtReferral", proposal.debtReferral())
        .param("obligations", proposal.obligations())
        .param("exemptUntil", proposal.exemptUntil())
        .param("language", proposal.languageRequirement())
        .update();
    return version;
  }

  @Override
  public void savePlan(String caseId, Route agreed, String deviationReason, boolean tiedToAward, String planJson,
      String by, Instant at) {
    jdbc.sql("""
            update pw_assessment set agreed_route = :route, deviation_reason = :reason, tied_to_award = :tied,
                   plan = :plan, plan_by = :by, plan_at = :at
            where case_id = :caseId""")
        .param("route", agreed.name())
        .param("reason", deviationReason)
        .param("tied", tiedToAward)
        .param("plan", planJson)
        .param("by", by)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("caseId", caseId)
        .update();
  }

  @Override
  public Optional<AssessmentRecord> find(String caseId) {
    return jdbc.sql("select * from pw_assessment where case_id = :caseId")
        .param("caseId", caseId)
        .query(JdbcAssessmentRepository::toRecord)
        .optional();
  }

  @Override
  public Optional<RouteSituation> situation(String caseId) {
    return jdbc.sql("select coalesce(agreed_route, proposed_route) as route, obligations from pw_assessment where case_id = :caseId")
        .param("caseId", caseId)
        .query((rs, n) -> new RouteSituation(rs.getString("route"), rs.getString("obligations")))
        .optional();
  }

  @Override
  public Optional<String> agreedRoute(String caseId) {
    return jdbc.sql("select agreed_route from pw_assessment where case_id = :caseId").param("caseId", caseId)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(route -> route);
  }

  @Override
  public Map<String, String> agreedRoutes(Collection<String> caseIds) {
    Map<String, String> routes = new HashMap<>();
    for (var batch : Batches.of(caseIds)) {
      jdbc.sql("select case_id, agreed_route from pw_assessment where case_id in (:ids) and agreed_route is not null")
          .param("ids", batch)
          .query(rs -> {
            routes.put(rs.getString(1), rs.getString(2));
          });
    }
    return routes;
  }

  private static AssessmentRecord toRecord(ResultSet rs, int row) throws SQLException {
    RouteProposal proposal = new RouteProposal(Route.valueOf(rs.getString("proposed_route")), false, false, false,
        rs.getBoolean("debt_referral"), null, rs.getString("obligations"), rs.getObject("exempt_until", LocalDate.class),
        null, rs.getString("language_requirement"));
    boolean tied = rs.getBoolean("tied_to_award");
    return new AssessmentRecord(rs.getString("case_id"), rs.getInt("version"), proposal,
        Route.parse(rs.getString("agreed_route")), rs.getString("deviation_reason"), rs.wasNull() ? null : tied,
        rs.getString("assessment"));
  }
}
