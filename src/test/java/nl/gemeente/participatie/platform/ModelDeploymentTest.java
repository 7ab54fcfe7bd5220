package nl.gemeente.participatie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.gemeente.participatie.support.ServiceRun;
import nl.gemeente.participatie.support.TestFiles;
import nl.gemeente.participatie.support.TestPostgres;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Restarts of the service against one database: an unchanged model folder creates no deployment,
 * and a changed DMN file gets a new version of that decision only, under relative resource names.
 */
@Tag("standalone")
class ModelDeploymentTest {

  static final String DATABASE = "participatie_deployment";

  @TempDir Path models;

  @Test
  void restartsDeployOnlyWhatChanged() throws IOException {
    TestFiles.copyTree(Path.of("bpmn"), models.resolve("bpmn"));
    TestFiles.copyTree(Path.of("src/test/resources/model-deployment/dmn"), models.resolve("dmn"));
    TestPostgres.freshDatabase(DATABASE);

    Snapshot first = startAndLook();
    assertThat(first.deployments()).hasSize(1);
    List<String> expected = new java.util.ArrayList<>(List.of("dmn/first-rule.dmn", "dmn/second-rule.dmn"));
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      files.map(file -> "bpmn/" + file.getFileName()).filter(name -> name.endsWith(".bpmn") || name.endsWith(".form"))
          .forEach(expected::add);
    }
    assertThat(first.resources()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(first.versions()).containsEntry("participationCase", 1)
        .containsEntry("firstRule", 1).containsEntry("secondRule", 1);

    Snapshot unchanged = startAndLook();
    assertThat(unchanged.deployments()).isEqualTo(first.deployments());
    assertThat(unchanged.versions()).isEqualTo(first.versions());

    Path firstRule = models.resolve("dmn/first-rule.dmn");
    Files.writeString(firstRule, Files.readString(firstRule).replace("&gt;= 18", "&gt;= 21"));
    Snapshot changed = startAndLook();

    assertThat(changed.deployments()).hasSize(2);
    assertThat(changed.newestResources()).containsExactly("dmn/first-rule.dmn");
    assertThat(changed.versions()).containsEntry("firstRule", 2)
        .containsEntry("secondRule", 1).containsEntry("participationCase", 1);
  }

  record Snapshot(List<String> deployments, List<String> resources, List<String> newestResources,
      Map<String, Integer> versions) {}

  private Snapshot startAndLook() {
    try (ConfigurableApplicationContext service = ServiceRun.start(DATABASE, "deploymenttest",
        Map.of("participatie.models.location", models.toUri().toString()))) {
      RepositoryService repository = service.getBean(RepositoryService.class);
      List<Deployment> deployments = repository.createDeploymentQuery().orderByDeploymentTime().asc().list();
      List<String> allResources = deployments.stream()
          .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream()).toList();
      List<String> newest = repository.getDeploymentResourceNames(deployments.get(deployments.size() - 1).getId());
      Map<String, Integer> versions = new java.util.HashMap<>();
      repository.createProcessDefinitionQuery().latestVersion().list()
          .forEach(p -> versions.put(p.getKey(), p.getVersion()));
      repository.createDecisionDefinitionQuery().latestVersion().list()
          .forEach(d -> versions.put(d.getKey(), d.getVersion()));
      return new Snapshot(deployments.stream().map(Deployment::getId).toList(), allResources, newest, versions);
    }
  }
}
