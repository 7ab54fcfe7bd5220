package nl.gemeente.participatie.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import nl.gemeente.participatie.architecture.fixture.DuplicateVariables;
import nl.gemeente.participatie.architecture.fixture.ViolatingDelegate;
import nl.gemeente.participatie.zaak.process.ParticipationCaseProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, acceptance 4 (ADR 0008): no delegate reads the case id from a variable, and no string
 * variable names outside the typed variable declarations. Each rule passes on the service's classes
 * and fails on a deliberate violation (fixture package, test code only).
 */
class VariableAccessRulesTest {

  private static JavaClasses service;
  private static JavaClasses violations;

  @BeforeAll
  static void importClasses() {
    service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.gemeente.participatie");
    // The fixtures beside the service's own declarations (for the duplicate caseResult).
    violations = new ClassFileImporter().importClasses(ViolatingDelegate.class, DuplicateVariables.class,
        ParticipationCaseProcess.class);
  }

  @Test
  void onlyTheDeclarationsNameVariablesToTheEngine() {
    assertNoViolation(VariableRules.noEngineVariableAccessByName().evaluate(service));

    EvaluationResult broken = VariableRules.noEngineVariableAccessByName().evaluate(violations);
    assertThat(broken.hasViolation()).isTrue();
    assertThat(broken.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("ViolatingDelegate.execute") && line.contains("getVariable(java.lang.String)"))
        .anyMatch(line -> line.contains("ViolatingDelegate.execute") && line.contains("setVariable(java.lang.String"));
  }

  @Test
  void variablesAreDeclaredOnlyInDeclarationClasses() {
    assertNoViolation(VariableRules.variablesDeclaredOnlyInDeclarationClasses().evaluate(service));

    EvaluationResult broken = VariableRules.variablesDeclaredOnlyInDeclarationClasses().evaluate(violations);
    assertThat(broken.getFailureReport().getDetails())
        .hasSize(1)
        .allMatch(line -> line.contains("ViolatingDelegate.<clinit>") && line.contains("stringVariable"));
  }

  @Test
  void everyStepTakesItsCaseFromCaseKey() {
    assertNoViolation(VariableRules.caseComesFromCaseKey().evaluate(service));

    EvaluationResult broken = VariableRules.caseComesFromCaseKey().evaluate(violations);
    assertThat(broken.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("ViolatingDelegate.execute") && line.contains("getProcessBusinessKey"));
  }

  @Test
  void theCaseNumberIsOnlyWrittenAtTheStart() {
    assertNoViolation(VariableRules.caseNumberOnlyWrittenAtTheStart().evaluate(service));
  }

  @Test
  void eachVariableIsDeclaredOnceAndNoneIsACaseId() {
    assertThat(VariableRules.declarationProblems(service)).isEmpty();

    assertThat(VariableRules.declarationProblems(violations)).containsExactlyInAnyOrder(
        "variable 'caseId' ([DuplicateVariables.CASE_ID]) is a case id: the case is the business key (CaseKey)",
        "variable 'caseResult' is declared 2 times: [DuplicateVariables.CASE_RESULT_AGAIN, ParticipationCaseProcess.CASE_RESULT]");
  }

  private static void assertNoViolation(EvaluationResult result) {
    assertThat(result.getFailureReport().getDetails()).isEmpty();
  }
}
