package nl.gemeente.participatie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.gemeente.participatie.support.RuleCandidates;
import org.junit.jupiter.api.Test;

/** The candidate rules used by the publication tests pass with their case file and fail without it. */
class RuleCandidatesCheckTest {

  @Test
  void theCandidatePassesWithItsUpdatedCaseFileAndFailsOnTheOldOne() {
    byte[] candidate = RuleCandidates.eligibilityWithNewSingleNorm().getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> cases = new HashMap<>(DecisionCaseFilesTest.caseFilesInDmn());

    RulesCheck.Report withOldCases = new RulesCheck().check("eligibility.dmn", candidate, cases);
    assertThat(withOldCases.passed()).isFalse();
    assertThat(withOldCases.text()).contains("regel 7 (AOW age 67y3m from 2028 not yet): monthlyNorm verwacht 1401.50 maar was 1450");

    cases.put("eligibility.cases.csv", RuleCandidates.eligibilityCasesForNewSingleNorm().getBytes(StandardCharsets.UTF_8));
    RulesCheck.Report withNewCases = new RulesCheck().check("eligibility.dmn", candidate, cases);
    assertThat(withNewCases.passed()).as(withNewCases.text()).isTrue();
  }
}
