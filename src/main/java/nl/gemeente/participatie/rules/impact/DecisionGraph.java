package nl.gemeente.participatie.rules.impact;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Expression;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;

/**
 * One decision of a DMN file with the decisions it requires (its decision requirements graph), read
 * with the DMN model API: which output columns it has, and which input columns of the graph hold
 * a variable as it was passed in.
 *
 * <p>The engine's history keeps, per decision of an evaluated graph, the value of each input
 * column's <em>expression</em>, not the variables the caller passed. An input column whose
 * expression is just a variable name ({@code householdType}) therefore holds that variable; one
 * that is {@code date(x)} holds {@code x} as a date. Every other column holds something computed
 * ({@code age.atApplication}, {@code monthlyIncome >= monthlyNorm}) and cannot be turned back into
 * a variable. Names that a decision of the graph produces ({@code reasons}) are results, not inputs.
 */
final class DecisionGraph {

  /** A variable held by an input column of a decision of the graph. */
  record VariableSource(String clauseId, String variable, boolean asDate, boolean inRootDecision) {}

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern DATE_OF_NAME = Pattern.compile("date\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)");
  private static final Set<String> FEEL_LITERALS = Set.of("true", "false", "null");

  private final String decisionKey;
  private final List<String> outputs;
  private final Map<String, VariableSource> sourcesByClause;

  private DecisionGraph(String decisionKey, List<String> outputs, Map<String, VariableSource> sourcesByClause) {
    this.decisionKey = decisionKey;
    this.outputs = outputs;
    this.sourcesByClause = sourcesByClause;
  }

  /**
   * @return the graph of the decision with id {@code decisionKey} in the file, or null when the file
   *     has no such decision
   * @throws RuntimeException when the file is not a DMN model
   */
  static DecisionGraph of(byte[] dmn, String decisionKey) {
    DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
    Decision root = null;
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decisionKey.equals(decision.getId())) {
        root = decision;
      }
    }
    if (root == null) {
      return null;
    }
    List<Decision> graph = requirementsBreadthFirst(root);
    Set<String> produced = new HashSet<>();
    graph.forEach(decision -> produced.addAll(outputNames(decision)));

    Map<String, VariableSource> byVariable = new LinkedHashMap<>();
    for (Decision decision : graph) {
      if (!(decision.getExpression() instanceof DecisionTable table)) {
        continue;
      }
      for (Input input : table.getInputs()) {
        VariableSource source = source(input, decision == root, produced);
        if (source != null) {
          // The first column holding a variable wins: the root decision's own columns first.
          byVariable.putIfAbsent(source.variable(), source);
        }
      }
    }
    Map<String, VariableSource> byClause = new LinkedHashMap<>();
    byVariable.values().forEach(source -> byClause.put(source.clauseId(), source));
    return new DecisionGraph(decisionKey, List.copyOf(outputNames(root)), byClause);
  }

  private static List<Decision> requirementsBreadthFirst(Decision root) {
    List<Decision> graph = new ArrayList<>();
    Set<Decision> seen = new HashSet<>();
    Deque<Decision> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      Decision decision = queue.removeFirst();
      if (seen.add(decision)) {
        graph.add(decision);
        for (InformationRequirement requirement : decision.getInformationRequirements()) {
          if (requirement.getRequiredDecision() != null) {
            queue.addLast(requirement.getRequiredDecision());
          }
        }
      }
    }
    return graph;
  }

  private static Collection<String> outputNames(Decision decision) {
    Expression expression = decision.getExpression();
    Set<String> names = new LinkedHashSet<>();
    if (expression instanceof DecisionTable table) {
      for (Output output : table.getOutputs()) {
        if (output.getName() != null) {
          names.add(output.getName());
        }
      }
    } else if (expression instanceof LiteralExpression && decision.getVariable() != null) {
      names.add(decision.getVariable().getName());
    }
    return names;
  }

  private static VariableSource source(Input input, boolean inRoot, Set<String> produced) {
    InputExpression expression = input.getInputExpression();
    if (input.getId() == null || expression == null || expression.getText() == null) {
      return null;
    }
    String language = expression.getExpressionLanguage();
    if (language != null && !language.toLowerCase().contains("feel")) {
      return null;
    }
    String text = expression.getText().getTextContent().trim();
    if (NAME.matcher(text).matches() && !FEEL_LITERALS.contains(text) && !produced.contains(text)) {
      return new VariableSource(input.getId(), text, false, inRoot);
    }
    Matcher date = DATE_OF_NAME.matcher(text);
    if (date.matches() && !produced.contains(date.group(1))) {
      return new VariableSource(input.getId(), date.group(1), true, inRoot);
    }
    return null;
  }

  String decisionKey() {
    return decisionKey;
  }

  /** The output columns of the decision itself (a literal expression: its variable). */
  List<String> outputs() {
    return outputs;
  }

  /** The variable an input column holds, or null. */
  VariableSource source(String clauseId) {
    return sourcesByClause.get(clauseId);
  }

  Collection<VariableSource> sources() {
    return sourcesByClause.values();
  }

  /** Whether some variable is held only by a column of a required decision. */
  boolean needsRequiredDecisionInputs() {
    return sourcesByClause.values().stream().anyMatch(source -> !source.inRootDecision());
  }
}
