package nl.gemeente.participatie.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gemeente.participatie.platform.camunda.ModelDeployer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking and publishing rules without a release (issue 8). A publication is checked against the
 * case files (the uploaded ones, else those shipped in {@code dmn/}); when every case passes, the files
 * are deployed as new versions with a version tag, and who published what and why is recorded in
 * {@code pw_rule_publication}. A restart keeps a published rule ({@link ModelDeployer}).
 */
@Service
public class RulePublications {

  private static final Logger log = LoggerFactory.getLogger(RulePublications.class);

  public static final String DEPLOYMENT_NAME = "participatie-rules";
  private static final Pattern VERSION_TAG = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** An uploaded file. */
  public record Upload(String name, byte[] content) {}

  /** Bad input for a check or publication (a 400), with the field. */
  public static class InvalidUploadException extends RuntimeException {
    private final String field;

    public InvalidUploadException(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** A publication refused because cases fail (a 422), with the reports. */
  public static class PublicationRefusedException extends RuntimeException {
    private final List<RulesCheck.Report> reports;

    PublicationRefusedException(List<RulesCheck.Report> reports) {
      super("rules check failed");
      this.reports = reports;
    }

    public List<RulesCheck.Report> reports() {
      return reports;
    }
  }

  public record PublishedDecision(String decisionKey, int version, String resourceName) {}

  public record Published(String deploymentId, String versionTag, List<PublishedDecision> decisions) {}

  private final RepositoryService repositoryService;
  private final ModelDeployer models;
  private final RulePublicationLog publicationLog;
  private final Clock clock;

  RulePublications(RepositoryService repositoryService, ModelDeployer models, RulePublicationLog publicationLog,
      Clock clock) {
    this.repositoryService = repositoryService;
    this.models = models;
    this.publicationLog = publicationLog;
    this.clock = clock;
  }

  /** The check of each uploaded DMN file against its case files. */
  public List<RulesCheck.Report> check(List<Upload> dmnFiles, List<Upload> caseFiles) {
    validate(dmnFiles, caseFiles);
    Map<String, byte[]> cases = new HashMap<>(models.bundledCaseFiles());
    caseFiles.forEach(upload -> cases.put(upload.name(), upload.content()));
    List<RulesCheck.Report> reports = new ArrayList<>();
    for (Upload dmn : dmnFiles) {
      reports.add(new RulesCheck().check(dmn.name(), dmn.content(), cases));
    }
    return reports;
  }

  /**
   * Checks and, when every case passes, deploys the files as new versions of their decisions.
   *
   * @throws PublicationRefusedException when a case fails; nothing is deployed
   */
  @Transactional
  public Published publish(List<Upload> dmnFiles, List<Upload> caseFiles, String reason, String versionTag,
      String publishedBy) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidUploadException("reason", "is required: say why the rules change");
    }
    if (reason.length() > 2000) {
      throw new InvalidUploadException("reason", "is longer than 2000 characters");
    }
    String tag = versionTag == null || versionTag.isBlank()
        ? "P" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) : versionTag;
    if (!VERSION_TAG.matcher(tag).matches()) {
      throw new InvalidUploadException("versionTag", "may hold letters, digits, '.', '_' and '-' only (at most 64)");
    }
    List<RulesCheck.Report> reports = check(dmnFiles, caseFiles);
    if (reports.stream().anyMatch(report -> !report.passed())) {
      throw new PublicationRefusedException(reports);
    }
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(ModelDeployer.PUBLICATION_SOURCE);
    Map<String, String> checksums = new HashMap<>();
    for (Upload dmn : dmnFiles) {
      String resourceName = "dmn/" + dmn.name();
      byte[] tagged = withVersionTag(dmn.content(), tag);
      checksums.put(resourceName, sha256(tagged));
      deployment.addInputStream(resourceName, new ByteArrayInputStream(tagged));
    }
    DeploymentWithDefinitions deployed = deployment.deployWithResult();
    List<PublishedDecision> decisions = new ArrayList<>();
    for (DecisionDefinition definition : deployed.getDeployedDecisionDefinitions()) {
      decisions.add(new PublishedDecision(definition.getKey(), definition.getVersion(), definition.getResourceName()));
      publicationLog.record(new RulePublicationLog.Entry(deployed.getId(), definition.getKey(), definition.getVersion(),
          tag, definition.getResourceName(), checksums.get(definition.getResourceName()), publishedBy, reason,
          clock.instant()));
    }
    log.info("Rules published by {} as deployment {} ({}): {}", publishedBy, deployed.getId(), tag,
        decisions.stream().map(d -> d.decisionKey() + " v" + d.version()).toList());
    return new Published(deployed.getId(), tag, decisions);
  }

  private static void validate(List<Upload> dmnFiles, List<Upload> caseFiles) {
    if (dmnFiles == null || dmnFiles.isEmpty()) {
      throw new InvalidUploadException("dmn", "at least one DMN file is required");
    }
    for (Upload dmn : dmnFiles) {
      if (dmn.name() == null || !FILE_NAME.matcher(dmn.name()).matches() || !dmn.name().endsWith(".dmn")) {
        throw new InvalidUploadException("dmn", "file names end in .dmn and hold letters, digits, '.', '_' and '-' only");
      }
    }
    for (Upload cases : caseFiles) {
      if (cases.name() == null || !FILE_NAME.matcher(cases.name()).matches() || !cases.name().endsWith(".cases.csv")) {
        throw new InvalidUploadException("cases", "case files are named <decisionKey>.cases.csv");
      }
    }
  }

  /** Every decision in the file gets the version tag (camunda:versionTag), shown in Cockpit. */
  private static byte[] withVersionTag(byte[] dmn, String tag) {
    DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      decision.setVersionTag(tag);
    }
    return Dmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
