package nl.gemeente.participatie.eligibility.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The Dutch explanation of each reason code, read from the rules themselves: the description of the
 * DMN rule that produces the code. One source: a policy officer who edits a rule edits what the
 * caseworker reads.
 */
@Component
class ReasonTexts {

  private final RepositoryService repositoryService;
  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

  ReasonTexts(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The explanation of a code, or the code itself when no rule describes it. */
  String explain(String code) {
    DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(CamundaEligibilityRules.ELIGIBILITY).latestVersion().singleResult();
    if (latest == null) {
      return code;
    }
    return byDefinition.computeIfAbsent(latest.getId(), this::read).getOrDefault(code, code);
  }

  private Map<String, String> read(String decisionDefinitionId) {
    DmnModelInstance model;
    try (var in = repositoryService.getDecisionModel(decisionDefinitionId)) {
      model = Dmn.readModelFromStream(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, String> texts = new ConcurrentHashMap<>();
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      Description description = rule.getDescription();
      if (description == null) {
        continue;
      }
      for (OutputEntry entry : rule.getOutputEntries()) {
        String text = entry.getTextContent().trim();
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 2) {
          texts.putIfAbsent(text.substring(1, text.length() - 1), description.getTextContent().trim());
        }
      }
    }
    return texts;
  }
}
