package nl.gemeente.participatie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules check says in plain words which case of which file fails, and why a file cannot be checked. */
class RulesCheckTest {

  static final Path ELIGIBILITY = Path.of("dmn/eligibility.dmn");
  final Map<String, byte[]> caseFiles = DecisionCaseFilesTest.caseFilesInDmn();

  @Test
  void theRepositorysRulesPass() {
    RulesCheck.Report report = new RulesCheck().check("eligibility.dmn", CaseFile.bytes(ELIGIBILITY), caseFiles);

    assertThat(report.passed()).as(report.text()).isTrue();
    assertThat(report.text()).contains("eligibility.dmn: goed", "beslissing 'eligibility'", "alle goed",
        "beslissing 'bijstandNorm'", "getoetst via de beslissing die haar gebruikt");
  }

  @Test
  void aChangedNormFailsTheCasesThatShowItNamingFileLineAndOutput() {
    String changed = new String(CaseFile.bytes(ELIGIBILITY), StandardCharsets.UTF_8).replace(">1401.50<", ">1400.00<");

    RulesCheck.Report report = new RulesCheck().check("eligibility.dmn", changed.getBytes(StandardCharsets.UTF_8), caseFiles);

    assertThat(report.passed()).isFalse();
    RulesCheck.DecisionReport eligibility = report.decisions().stream()
        .filter(decision -> decision.decisionKey().equals("eligibility")).findFirst().orElseThrow();
    assertThat(eligibility.failures()).isNotEmpty().allSatisfy(failure -> {
      assertThat(failure.caseFile()).isEqualTo("eligibility.cases.csv");
      assertThat(failure.line()).isGreaterThan(1);
      assertThat(String.join(" ", failure.differences())).contains("verwacht 1401.50 maar was 1400");
    });
    assertThat(report.text()).contains("eligibility.dmn: NIET GOED", "regel ", "monthlyNorm verwacht 1401.50 maar was 1400");
  }

  @Test
  void aFileThatIsNoDmnOrADecisionWithoutCaseFileIsRefusedInPlainWords() {
    RulesCheck.Report broken = new RulesCheck().check("kapot.dmn", "<definitions>".getBytes(StandardCharsets.UTF_8), caseFiles);
    assertThat(broken.passed()).isFalse();
    assertThat(broken.text()).startsWith("kapot.dmn: NIET GOED — het bestand is geen geldige DMN");

    RulesCheck.Report withoutCases = new RulesCheck().check("eligibility.dmn", CaseFile.bytes(ELIGIBILITY), Map.of());
    assertThat(withoutCases.passed()).isFalse();
    assertThat(withoutCases.text()).contains("geen casusbestand eligibility.cases.csv");
  }
}
