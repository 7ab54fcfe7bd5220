package nl.gemeente.participatie.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service's own classes follow the architecture rules of ADR 0009. */
class ArchitectureRulesTest {

  static final String ROOT = "nl.gemeente.participatie";
  static final ArchitectureRules RULES = new ArchitectureRules(ROOT);
  static JavaClasses service;

  @BeforeAll
  static void importService() {
    service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @Test
  void domainsAreFreeOfCamundaWebAndJdbc() {
    RULES.domainsAreFreeOfCamundaWebAndJdbc().check(service);
  }

  @Test
  void rulesDomainIsFreeOfWebAndJdbc() {
    RULES.rulesDomainIsFreeOfWebAndJdbc().check(service);
  }

  @Test
  void noFeatureUsesAnotherFeaturesAdapters() {
    RULES.noFeatureUsesAnotherFeaturesAdapters().check(service);
  }

  @Test
  void noCyclesBetweenFeatures() {
    RULES.noCyclesBetweenFeatures().check(service);
  }

  @Test
  void jdbcOnlyInPersistence() {
    RULES.jdbcOnlyInPersistence().check(service);
  }

  @Test
  void partnerAdaptersAreHttpOnly() {
    RULES.partnerAdaptersAreHttpOnly().check(service);
  }
}
