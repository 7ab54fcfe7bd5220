package nl.gemeente.participatie.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The architecture rules of ADR 0009, for the classes under a root package (the service's, or a test
 * fixture's that breaks them on purpose). A <em>feature</em> is a package directly under the root:
 *
 * <ul>
 *   <li>stage and kernel features: intake, eligibility, assessment, trajectory, inview, signals,
 *       outflow, zaak (the case kernel), rules (publishing and checking the DMN rules);
 *   <li>infrastructure: platform (Camunda, security, web, metrics), partner (HTTP adapters that
 *       implement the features' partner ports), common (value types every feature may use).
 * </ul>
 *
 * <p>A feature's <em>domain</em> is its top package; {@code process} (Camunda delegates, correlation),
 * {@code api} (controllers) and {@code persistence} (JDBC) are its adapters.
 */
public final class ArchitectureRules {

  /** Features whose top package is a domain: no Camunda, no Spring Web, no JDBC. */
  public static final List<String> DOMAIN_FEATURES =
      List.of("intake", "eligibility", "assessment", "trajectory", "inview", "signals", "outflow", "zaak", "common");

  /**
   * The rules feature publishes, checks and measures the DMN models, so Camunda's DMN engine and model
   * API are its subject matter: its top package keeps only the Spring Web and JDBC bans.
   */
  public static final String RULES_FEATURE = "rules";

  /** Adapter packages of a feature that no other feature may use. */
  public static final Set<String> ADAPTERS = Set.of("persistence", "process", "api");

  static final String[] CAMUNDA = {"org.camunda.."};
  static final String[] SPRING_WEB = {"org.springframework.web.."};
  static final String[] JDBC = {"java.sql..", "javax.sql..", "org.springframework.jdbc.."};

  private final String root;

  public ArchitectureRules(String root) {
    this.root = root;
  }

  private String[] tops(List<String> features) {
    return features.stream().map(feature -> root + "." + feature).toArray(String[]::new);
  }

  /** (a) A feature's domain imports neither Camunda, Spring Web nor JDBC. */
  public ArchRule domainsAreFreeOfCamundaWebAndJdbc() {
    return noClasses().that().resideInAnyPackage(tops(DOMAIN_FEATURES))
        .should().dependOnClassesThat().resideInAnyPackage(concat(CAMUNDA, SPRING_WEB, JDBC))
        .as("a feature's domain (top package) imports neither Camunda, Spring Web nor JDBC")
        .because("the rules of the law are plain Java, reachable from a test without an engine, a server or a database");
  }

  /** (a') The rules feature's top package: no Spring Web, no JDBC (Camunda's DMN API is its subject). */
  public ArchRule rulesDomainIsFreeOfWebAndJdbc() {
    return noClasses().that().resideInAPackage(root + "." + RULES_FEATURE)
        .should().dependOnClassesThat().resideInAnyPackage(concat(SPRING_WEB, JDBC))
        .as("the rules feature's top package imports neither Spring Web nor JDBC");
  }

  /**
   * (f) The partner adapters speak HTTP only: neither Camunda nor JDBC. They implement the features'
   * partner ports and know nothing of the engine or the service's tables.
   */
  public ArchRule partnerAdaptersAreHttpOnly() {
    return noClasses().that().resideInAPackage(root + ".partner..")
        .should().dependOnClassesThat().resideInAnyPackage(concat(CAMUNDA, JDBC))
        .as("the partner adapters import neither Camunda nor JDBC");
  }

  /** (b) No class uses another feature's {@code persistence}, {@code process} or {@code api}. */
  public ArchRule noFeatureUsesAnotherFeaturesAdapters() {
    return classes().that().resideInAPackage(root + "..")
        .should(new ArchCondition<>("use no other feature's persistence, process or api package") {
          @Override
          public void check(JavaClass origin, ConditionEvents events) {
            Optional<String> from = feature(origin.getPackageName());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
              String target = dependency.getTargetClass().getPackageName();
              Optional<String> to = feature(target);
              Optional<String> adapter = adapter(target);
              if (to.isPresent() && adapter.isPresent() && !to.equals(from) && !allowed(from, origin, to.get(), adapter.get())) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
              }
            }
          }
        })
        .as("no feature uses another feature's persistence, process or api package")
        .because("a feature reads another's data only through the port in that feature's domain");
  }

  /**
   * The one exception to rule (b), deliberate: a feature's {@code process} adapter may use another
   * feature's {@code process} package. The case kernel's gateway ({@code zaak.process}: the business key,
   * the case map's key, correlation with the running case) is how every process adapter reaches the case,
   * and where one BPMN hands over to another (a call activity, a message) both sides name the same
   * engine variables and messages. A domain, an api or a persistence package never uses another
   * feature's process package.
   */
  private boolean allowed(Optional<String> from, JavaClass origin, String toFeature, String toAdapter) {
    return "process".equals(toAdapter) && adapter(origin.getPackageName()).filter("process"::equals).isPresent();
  }

  /** (c) No cycles between features. */
  public ArchRule noCyclesBetweenFeatures() {
    return SlicesRuleDefinition.slices().matching(root + ".(*)..").should().beFreeOfCycles()
        .as("no package cycles between features");
  }

  /** (d) JDBC only in a feature's {@code persistence} package, and in {@code platform} (infrastructure). */
  public ArchRule jdbcOnlyInPersistence() {
    return noClasses().that().resideInAPackage(root + "..")
        .and().resideOutsideOfPackages("..persistence..", root + ".platform..")
        .should().dependOnClassesThat().resideInAnyPackage(JDBC)
        .as("JDBC only in a feature's persistence package (and platform)")
        .because("SQL on a feature's tables lives behind its repository interfaces");
  }

  public List<ArchRule> all() {
    return List.of(domainsAreFreeOfCamundaWebAndJdbc(), rulesDomainIsFreeOfWebAndJdbc(),
        noFeatureUsesAnotherFeaturesAdapters(), noCyclesBetweenFeatures(), jdbcOnlyInPersistence(),
        partnerAdaptersAreHttpOnly());
  }

  /** The feature a package belongs to: the first segment under the root. */
  Optional<String> feature(String packageName) {
    if (!packageName.startsWith(root + ".")) {
      return Optional.empty();
    }
    String rest = packageName.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  /** The adapter ({@code persistence}, {@code process}, {@code api}) a package is, or lies in, directly under its feature. */
  Optional<String> adapter(String packageName) {
    if (!packageName.startsWith(root + ".")) {
      return Optional.empty();
    }
    String[] parts = packageName.substring(root.length() + 1).split("\\.");
    return parts.length > 1 && ADAPTERS.contains(parts[1]) ? Optional.of(parts[1]) : Optional.empty();
  }

  private static String[] concat(String[]... groups) {
    return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
