package nl.gemeente.participatie.platform.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
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

  /** Folder and the file endings deployed from it. Forms sit beside the BPMN that uses them. */
  private static final Map<String, List<String>> FOLDERS = Map.of(
      "bpmn", List.of("bpmn", "form"),
      "dmn", List.of("dmn"));

  private final RepositoryService repositoryService;
  private final String location;
  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public ModelDeployer(RepositoryService repositoryService,
      @Value("${participatie.models.location:classpath:}") String location) {
    this.repositoryService = repositoryService;
    this.location = location.endsWith(":") || location.endsWith("/") ? location : location + "/";
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
    models.forEach((name, resource) -> builder.addInputStream(name, open(resource)));
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
