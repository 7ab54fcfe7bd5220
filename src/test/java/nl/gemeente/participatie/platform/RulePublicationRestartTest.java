package nl.gemeente.participatie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.platform.camunda.ModelDeployer;
import nl.gemeente.participatie.rules.RulePublications;
import nl.gemeente.participatie.support.RuleCandidates;
import nl.gemeente.participatie.support.ServiceRun;
import nl.gemeente.participatie.support.TestFiles;
import nl.gemeente.participatie.support.TestPostgres;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One source of truth between {@code dmn/} and publications: a restart keeps a rule policy staff
 * published, also when the release brings another version of that file, unless the release is
 * explicitly meant to replace it.
 */
@Tag("standalone")
class RulePublicationRestartTest {

  static final String DATABASE = "participatie_publication";

  @TempDir Path models;

  record Latest(int version, String versionTag, String source) {}

  @Test
  void aRestartAfterAPublicationKeepsThePublishedRule() throws IOException {
    TestFiles.copyTree(Path.of("bpmn"), models.resolve("bpmn"));
    TestFiles.copyTree(Path.of("dmn"), models.resolve("dmn"));
    TestPostgres.freshDatabase(DATABASE);

    Latest published;
    try (ConfigurableApplicationContext service = start(false)) {
      Latest shipped = latest(service);
      assertThat(shipped.source()).isEqualTo(ModelDeployer.DEPLOYMENT_SOURCE);
      service.getBean(RulePublications.class).publish(
          List.of(new RulePublications.Upload("eligibility.dmn",
              RuleCandidates.eligibilityWithNewSingleNorm().getBytes(StandardCharsets.UTF_8))),
          List.of(new RulePublications.Upload("eligibility.cases.csv",
              RuleCandidates.eligibilityCasesForNewSingleNorm().getBytes(StandardCharsets.UTF_8))),
          "Norm per 1 juli 2027", "norm-2027-07", "policy");
      published = latest(service);
      assertThat(published.version()).isEqualTo(shipped.version() + 1);
    }

    // The same release again: the published rule stays.
    try (ConfigurableApplicationContext service = start(false)) {
      assertThat(latest(service)).isEqualTo(published);
    }

    // A release with another edit of the file: still the published rule, with a warning in the log.
    Path eligibility = models.resolve("dmn/eligibility.dmn");
    Files.writeString(eligibility, Files.readString(eligibility).replace("Recht op bijstand\"", "Recht op bijstand (release)\""));
    try (ConfigurableApplicationContext service = start(false)) {
      assertThat(latest(service)).isEqualTo(published);
    }

    // The one release that is meant to replace the publication.
    try (ConfigurableApplicationContext service = start(true)) {
      Latest replaced = latest(service);
      assertThat(replaced.version()).isEqualTo(published.version() + 1);
      assertThat(replaced.source()).isEqualTo(ModelDeployer.DEPLOYMENT_SOURCE);
    }
  }

  private ConfigurableApplicationContext start(boolean releaseReplacesPublications) {
    return ServiceRun.start(DATABASE, "publicationtest", Map.of(
        "participatie.models.location", models.toUri().toString(),
        "participatie.models.release-replaces-publications", String.valueOf(releaseReplacesPublications)));
  }

  private static Latest latest(ConfigurableApplicationContext service) {
    RepositoryService repository = service.getBean(RepositoryService.class);
    DecisionDefinition eligibility = repository.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility")
        .latestVersion().singleResult();
    String source = repository.createDeploymentQuery().deploymentId(eligibility.getDeploymentId()).singleResult().getSource();
    return new Latest(eligibility.getVersion(), eligibility.getVersionTag(), source);
  }
}
