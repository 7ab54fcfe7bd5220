package nl.gemeente.participatie.platform.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code bpmn/} and {@code dmn/} at start-up, under their relative names
 * ({@code bpmn/participation-case.bpmn}), with duplicate filtering and changed-only semantics: an
 * unchanged file never gets a new version, a changed one does, and only that one. The starter's
 * own auto-deployment is off because it names {@code file:} resources by absolute path and
 * redeploys everything when one file changes.
 *
 * <p>{@code participatie.models.location} says where the two folders are: {@code classpath:} (the
 * copies the build puts in the jar, the default) or a folder such as {@code file:/srv/models/}.
 */
@Component
public class ModelDeployer implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

  public static final String DEPLOYMENT_NAME = "participatie-models";
  public static final String DEPLOYMENT_SOURCE = "participatie-service";
  /** The source of deployments made by policy staff publishing rules (POST /api/rules/deployments). */
  public static final String PUBLICATION_SOURCE = "rules-publication";

  /** Folder and the file endings deployed from it. Forms sit beside the BPMN that uses them. */
  private static final Map<String, List<String>> FOLDERS = Map.of(
      "bpmn", List.of("bpmn", "form"),
      "dmn", List.of("dmn"));

  private final RepositoryService repositoryService;
  private final String location;
  private final boolean releaseReplacesPublications;
  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public ModelDeployer(RepositoryService repositoryService,
      @Value("${participatie.models.location:classpath:}") String location,
      @Value("${participatie.models.release-replaces-publications:false}") boolean releaseReplacesPublications) {
    this.repositoryService = repositoryService;
    this.location = base(location);
    this.releaseReplacesPublications = releaseReplacesPublications;
  }

  /** {@code participatie.models.location} as a prefix for {@code bpmn/...} and {@code dmn/...}. */
  static String base(String location) {
    return location.endsWith(":") || location.endsWith("/") ? location : location + "/";
  }

  @Override
  public void afterPropertiesSet() {
    deploy();
  }

  /** Deploys what changed; returns the names of the resources that got a new version (empty: nothing changed). */
  public List<String> deploy() {
    Map<String, Resource> models = findModels();
    if (models.isEmpty()) {
      throw new IllegalStateException("No models found under " + location + " (expected bpmn/ and dmn/)");
    }
    long before = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_SOURCE)
        .enableDuplicateFiltering(true);
    models.forEach((name, resource) -> {
      if (!name.startsWith("dmn/") || !keepsPublication(name, resource)) {
        builder.addInputStream(name, open(resource));
      }
    });
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    long after = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();

    if (after == before) {
      log.info("Models unchanged: {} resources from {} already deployed", models.size(), location);
      return List.of();
    }
    List<String> changed = repositoryService.getDeploymentResourceNames(deployment.getId());
    log.info("Deployed {} new or changed of {} resources from {} as deployment {}: {}",
        changed.size(), models.size(), location, deployment.getId(), changed);
    return changed;
  }

  /**
   * One source of truth between {@code dmn/} and publications (docs/rules.md): when the
   * newest version of a decision in this file was published by policy staff (through the rules API or
   * from Camunda Modeler), the file in this release
   * is not deployed, so a restart never silently replaces a newer published rule. When the release's
   * file differs from the publication, a warning names the decision, the version tag and who published
   * it: fold the publication into {@code dmn/}, or set {@code participatie.models.release-replaces-publications}
   * for the one release that is meant to replace it.
   */
  private boolean keepsPublication(String name, Resource resource) {
    byte[] bundled = read(resource);
    List<String> keys;
    try {
      keys = Dmn.readModelFromStream(new java.io.ByteArrayInputStream(bundled))
          .getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();
    } catch (RuntimeException e) {
      return false; // not readable here: the engine's own parse reports it
    }
    for (String key : keys) {
      DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
          .latestVersion().singleResult();
      if (latest == null) {
        continue;
      }
      Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(latest.getDeploymentId()).singleResult();
      // Published by policy staff: through POST /api/rules/deployments, or from Camunda Modeler
      // through the engine REST API (any deployment the service did not make itself).
      if (deployment == null || DEPLOYMENT_SOURCE.equals(deployment.getSource())) {
        continue;
      }
      if (releaseReplacesPublications) {
        log.warn("{}: replaces the published decision '{}' (version {}, tag {}) because "
            + "participatie.models.release-replaces-publications is set", name, key, latest.getVersion(), latest.getVersionTag());
        return false;
      }
      byte[] published = read(repositoryService.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName()));
      if (!sameDecisions(bundled, published)) {
        log.warn("{}: not deployed; decision '{}' was published by policy staff as version {} (tag {}) and stays in use. "
            + "Fold the publication into dmn/ or set participatie.models.release-replaces-publications to replace it.",
            name, key, latest.getVersion(), latest.getVersionTag());
      }
      return true;
    }
    return false;
  }

  /** The same rules: equal apart from the version tags a publication adds. */
  private static boolean sameDecisions(byte[] bundled, byte[] published) {
    return withoutVersionTags(bundled).equals(withoutVersionTags(published));
  }

  private static String withoutVersionTags(byte[] dmn) {
    var model = Dmn.readModelFromStream(new java.io.ByteArrayInputStream(dmn));
    model.getModelElementsByType(Decision.class).forEach(decision -> decision.setVersionTag(null));
    return Dmn.convertToString(model);
  }

  /** The case files shipped beside the DMN files ({@code dmn/*.cases.csv}), by file name. */
  public Map<String, byte[]> bundledCaseFiles() {
    Map<String, byte[]> files = new TreeMap<>();
    String base = location + "dmn/";
    if (!resolver.getResource(base).exists()) {
      return files;
    }
    for (Resource resource : resources(base + "**/*.cases.csv")) {
      files.put(resource.getFilename(), read(resource));
    }
    return files;
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read model " + resource.getDescription(), e);
    }
  }

  private static byte[] read(InputStream stream) {
    try (InputStream in = stream) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a deployed model", e);
    }
  }

  /** Relative resource name to resource, sorted for a stable deployment order. */
  Map<String, Resource> findModels() {
    Map<String, Resource> models = new TreeMap<>();
    FOLDERS.forEach((folder, endings) -> {
      String base = location + folder + "/";
      if (!resolver.getResource(base).exists()) {
        log.info("No {} folder under {}", folder, location);
        return;
      }
      for (String ending : endings) {
        for (Resource resource : resources(base + "**/*." + ending)) {
          models.put(folder + "/" + relativePath(base, resource), resource);
        }
      }
    });
    return models;
  }

  private List<Resource> resources(String pattern) {
    try {
      List<Resource> found = new ArrayList<>();
      for (Resource resource : resolver.getResources(pattern)) {
        if (resource.isReadable()) {
          found.add(resource);
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list models " + pattern, e);
    }
  }

  private String relativePath(String base, Resource resource) {
    try {
      String baseUrl = resolver.getResource(base).getURL().toString();
      String url = resource.getURL().toString();
      if (!url.startsWith(baseUrl)) {
        throw new IllegalStateException("Model " + url + " is not under " + baseUrl);
      }
      return url.substring(baseUrl.length());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve model " + resource.getDescription(), e);
    }
  }

  private static InputStream open(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read model " + resource.getDescription(), e);
    }
  }
}
