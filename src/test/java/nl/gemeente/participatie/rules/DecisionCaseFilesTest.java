package nl.gemeente.participatie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.gemeente.participatie.models.ModelConventions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case file in {@code dmn/} against its decision with {@link RulesCheck}, the same check
 * policy staff run (command and endpoint), on the engine's own DMN engine (FEEL). A failing row names
 * the file, the line, the case and each output that differs.
 */
class DecisionCaseFilesTest {

  static final Path DMN = Path.of("dmn");
  static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  /** Every decision the service uses has a case file, and every case file belongs to a decision. */
  @Test
  void everyDecisionHasACaseFileAndEveryCaseFileADecision() {
    Map<String, byte[]> caseFiles = caseFilesInDmn();
    int checked = 0;
    for (Path file : ModelConventions.files(DMN, ".dmn")) {
      RulesCheck.Report report = new RulesCheck().check(file.getFileName().toString(), CaseFile.bytes(file), caseFiles);
      assertThat(report.decisions()).as(report.text()).allMatch(decision -> decision.problem() == null);
      checked += (int) report.decisions().stream().filter(decision -> decision.caseFile() != null).count();
    }
    assertThat(checked).as("case files in dmn/ that belong to a decision").isEqualTo(caseFiles.size());
  }

  @TestFactory
  Stream<DynamicContainer> caseFiles() {
    return ModelConventions.files(DMN, ".cases.csv").stream().map(file -> {
      String decisionKey = file.getFileName().toString().replace(".cases.csv", "");
      DmnDecision decision = findDecision(decisionKey);
      CaseFile cases = CaseFile.read(file.getFileName().toString(), CaseFile.bytes(file), outputs(decisionKey));
      return DynamicContainer.dynamicContainer(file.getFileName().toString(), cases.rows().stream()
          .map(row -> DynamicTest.dynamicTest("line " + row.line() + ": " + row.name(), () ->
              assertThat(RulesCheck.differences(decision, row))
                  .as("%s line %d (%s, %s)", cases.name(), row.line(), row.name(), row.shows())
                  .isEmpty())));
    });
  }

  static Map<String, byte[]> caseFilesInDmn() {
    Map<String, byte[]> files = new HashMap<>();
    ModelConventions.files(DMN, ".cases.csv").forEach(file -> files.put(file.getFileName().toString(), CaseFile.bytes(file)));
    return files;
  }

  static List<String> outputs(String decisionKey) {
    for (Path file : ModelConventions.files(DMN, ".dmn")) {
      var model = Dmn.readModelFromStream(new ByteArrayInputStream(CaseFile.bytes(file)));
      if (model.getModelElementById(decisionKey) != null) {
        return RulesCheck.outputs(model, decisionKey);
      }
    }
    throw new AssertionError("No decision " + decisionKey + " in " + DMN);
  }

  static DmnDecision findDecision(String key) {
    for (Path file : ModelConventions.files(DMN, ".dmn")) {
      Map<String, DmnDecision> byKey = new HashMap<>();
      ENGINE.parseDecisions(new ByteArrayInputStream(CaseFile.bytes(file))).forEach(d -> byKey.put(d.getKey(), d));
      if (byKey.containsKey(key)) {
        return byKey.get(key);
      }
    }
    throw new AssertionError("No decision " + key + " in " + DMN);
  }
}
