package nl.gemeente.participatie.rules.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.gemeente.participatie.rules.RulePublicationLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code pw_rule_publication} on plain JDBC. */
@Repository
class JdbcRulePublicationLog implements RulePublicationLog {

  private final JdbcClient jdbc;

  JdbcRulePublicationLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void record(Entry entry) {
    jdbc.sql("""
            insert into pw_rule_publication (deployment_id, decision_key, decision_version, version_tag, resource_name,
                                             checksum, published_by, reason, published_at)
            values (:deployment, :key, :version, :tag, :resource, :checksum, :by, :reason, :at)""")
        .param("deployment", entry.deploymentId()).param("key", entry.decisionKey())
        .param("version", entry.decisionVersion()).param("tag", entry.versionTag())
        .param("resource", entry.resourceName()).param("checksum", entry.checksum())
        .param("by", entry.publishedBy()).param("reason", entry.reason())
        .param("at", OffsetDateTime.ofInstant(entry.publishedAt(), ZoneOffset.UTC))
        .update();
  }
}
