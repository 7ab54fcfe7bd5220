package nl.gemeente.participatie.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelConventionsTest {

  /** Maven runs tests from the project root, where the real bpmn/ and dmn/ folders are. */
  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path BAD_MODELS = Path.of("src/test/resources/model-conventions/bad");

  @Test
  void everyModelInTheRepositoryFollowsTheConventions() {
    assertThat(ModelConventions.files(PROJECT.resolve("bpmn"), ".bpmn")).isNotEmpty();

    assertThat(ModelConventions.check(PROJECT)).isEmpty();
  }

  @Test
  void theCheckFindsEachKindOfViolation() {
    List<String> violations = ModelConventions.check(BAD_MODELS);

    assertThat(violations).containsExactlyInAnyOrder(
        "bpmn/bad.bpmn: process Process_0x1y2z3 has no history time to live",
        "bpmn/bad.bpmn: process has a generated id Process_0x1y2z3",
        "bpmn/bad.bpmn: startEvent has a generated id StartEvent_1",
        "bpmn/bad.bpmn: userTask has a generated id Activity_0abc123",
        "bpmn/bad.bpmn: sequenceFlow has a generated id Flow_1uqmps7",
        "bpmn/bad.bpmn: user task Activity_0abc123 has no candidate group",
        "bpmn/bad.bpmn: user task Activity_0abc123 has no form",
        "bpmn/bad.bpmn: user task Activity_0abc123 has no Dutch name: 'Review the application'",
        "bpmn/bad.bpmn: user task UserTask_MissingForm refers to form no-such-form which is not in bpmn/",
        "bpmn/bad.bpmn: service task ServiceTask_ClassBased does not use a delegate expression",
        "dmn/bad.dmn: decision has a generated id Decision_1abcdef",
        "dmn/bad.dmn: decisionTable has a generated id DecisionTable_0q9w8e7",
        "dmn/bad.dmn: decision Decision_1abcdef has no history time to live");
  }

  @Test
  void readableIdsAreNotTakenForGeneratedOnes() {
    assertThat(ModelConventions.isGenerated("UserTask_IntakeConversation")).isFalse();
    assertThat(ModelConventions.isGenerated("Gateway_Eligible")).isFalse();
    assertThat(ModelConventions.isGenerated("participationCase")).isFalse();
    assertThat(ModelConventions.isGenerated("Activity_1xq7c62")).isTrue();
  }

  @Test
  void dutchNamesPassEnglishNamesDoNot() {
    assertThat(ModelConventions.isDutchName("Intakegesprek voeren")).isTrue();
    assertThat(ModelConventions.isDutchName("Nazorgcontact")).isTrue();
    assertThat(ModelConventions.isDutchName("Review eligibility")).isFalse();
    assertThat(ModelConventions.isDutchName(null)).isFalse();
  }
}
