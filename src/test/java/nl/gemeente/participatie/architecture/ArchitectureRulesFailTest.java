package nl.gemeente.participatie.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a deliberate violation: the rules run on the classes under
 * {@code architecture.fixture} (a small service tree with one violation per class) and must name the
 * violating classes, and none of the classes that keep the rule.
 */
class ArchitectureRulesFailTest {

  static final String FIXTURE = "nl.gemeente.participatie.architecture.fixture";
  static final ArchitectureRules RULES = new ArchitectureRules(FIXTURE);
  static JavaClasses fixture;

  @BeforeAll
  static void importFixture() {
    fixture = new ClassFileImporter().importPackages(FIXTURE);
  }

  @Test
  void camundaWebOrJdbcInADomainIsReported() {
    assertThat(violations(RULES.domainsAreFreeOfCamundaWebAndJdbc()))
        .anyMatch(line -> line.contains(".inview.EngineInDomain") && line.contains("org.camunda.bpm.engine.RuntimeService"))
        .anyMatch(line -> line.contains(".inview.WebInDomain") && line.contains("org.springframework.web.client.RestClient"))
        .anyMatch(line -> line.contains(".outflow.JobStartsInDomain") && line.contains("JdbcClient"))
        .noneMatch(line -> line.contains("AssessmentTable") || line.contains("OutflowDelegate")
            || line.contains("ReadsAssessmentThroughPort"));
  }

  @Test
  void webInTheRulesFeatureIsReportedButItsDmnApiIsNot() {
    assertThat(violations(RULES.rulesDomainIsFreeOfWebAndJdbc()))
        .anyMatch(line -> line.contains(".rules.WebInRules"))
        .noneMatch(line -> line.contains("DmnInRules"));
  }

  @Test
  void anotherFeaturesPersistenceApiOrProcessIsReported() {
    assertThat(violations(RULES.noFeatureUsesAnotherFeaturesAdapters()))
        .anyMatch(line -> line.contains(".outflow.ReadsAssessmentTable") && line.contains(".assessment.persistence.AssessmentTable"))
        .anyMatch(line -> line.contains(".outflow.CallsPurchaseApi") && line.contains(".trajectory.api.AssignmentController"))
        .anyMatch(line -> line.contains(".signals.UsesPurchaseVariables") && line.contains(".trajectory.process.PurchaseVariables"))
        .noneMatch(line -> line.contains("ReadsAssessmentThroughPort") || line.contains("OutflowDelegate"));
  }

  @Test
  void aCycleBetweenFeaturesIsReported() {
    List<String> violations = violations(RULES.noCyclesBetweenFeatures());

    assertThat(String.join("\n", violations))
        .contains("Cycle detected")
        .contains(".intake.Intake")
        .contains(".eligibility.Eligibility");
  }

  @Test
  void jdbcOutsidePersistenceIsReported() {
    assertThat(violations(RULES.jdbcOnlyInPersistence()))
        .anyMatch(line -> line.contains(".outflow.JobStartsInDomain") && line.contains("JdbcClient"))
        .noneMatch(line -> line.contains("AssessmentTable"));
  }

  @Test
  void theEngineInAPartnerAdapterIsReported() {
    assertThat(violations(RULES.partnerAdaptersAreHttpOnly()))
        .anyMatch(line -> line.contains(".partner.EngineInPartner") && line.contains("org.camunda.bpm.engine.RuntimeService"))
        .noneMatch(line -> line.contains("HttpPartner"));
  }

  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(fixture);
    assertThat(result.hasViolation()).as("rule '%s' fails on the fixture", rule.getDescription()).isTrue();
    return result.getFailureReport().getDetails();
  }
}
