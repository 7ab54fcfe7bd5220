package nl.gemeente.participatie.rules;

import java.time.Instant;

/** Table {@code pw_rule_publication}: who published which decision version, when and why. */
public interface RulePublicationLog {

  record Entry(String deploymentId, String decisionKey, int decisionVersion, String versionTag, String resourceName,
      String checksum, String publishedBy, String reason, Instant publishedAt) {}

  void record(Entry entry);
}
