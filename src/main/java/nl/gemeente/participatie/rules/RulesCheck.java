package nl.gemeente.participatie.rules;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Output;

/**
 * The rules check (issue 8): parses a DMN file and runs the case file of each of its decisions with
 * the engine's own DMN engine (FEEL), and says in plain words what is right and what is not. A
 * decision that another decision in the file requires is checked through the case file of the one
 * that requires it; every other decision needs a case file of its own.
 */
public class RulesCheck {

  /** Inputs whose type a cell cannot show (e.g. a number that must stay a number); others are inferred. */
  static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("livesInNetherlands", "boolean"), Map.entry("detained", "boolean"),
      Map.entry("evadingSentence", "boolean"), Map.entry("studentFinanceEligible", "boolean"),
      Map.entry("searchPeriodExempt", "boolean"), Map.entry("daysAbroadThisYear", "integer"),
      Map.entry("monthlyIncome", "number"), Map.entry("partnerMonthlyIncome", "number"), Map.entry("assets", "number"),
      Map.entry("singleParentExemptionRequested", "boolean"), Map.entry("languageExempt", "boolean"),
      Map.entry("dutchLevel1F", "boolean"), Map.entry("wishesOwnBusiness", "boolean"), Map.entry("debtsReported", "boolean"),
      Map.entry("possiblyReducedWageValue", "boolean"), Map.entry("shelteredWorkNeeded", "boolean"),
      Map.entry("ladderRung", "integer"), Map.entry("hoursAvailable", "integer"), Map.entry("age", "integer"),
      Map.entry("under27", "boolean"), Map.entry("over55", "boolean"), Map.entry("languageNeed", "boolean"),
      Map.entry("monthlyNorm", "number"), Map.entry("netIncomeFromWork", "number"), Map.entry("otherNetIncome", "number"),
      Map.entry("exemptionMonthsUsed", "integer"), Map.entry("costSharers", "integer"), Map.entry("reducedWageValue", "boolean"),
      Map.entry("employerWantsTrial", "boolean"), Map.entry("inOutflow", "boolean"));

  /** List outputs whose order matters (a preference order); other lists compare as sets. */
  static final Set<String> ORDERED = Set.of("partners", "priceCeilings");

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  /** One case that did not come out as its file says. */
  public record Failure(String caseFile, int line, String caseName, String shows, List<String> differences) {}

  /** The check of one decision: how many cases, which failed, or why it could not be checked. */
  public record DecisionReport(String decisionKey, String decisionName, String caseFile, int cases, List<Failure> failures,
      String problem) {

    public boolean passed() {
      return problem == null && failures.isEmpty();
    }
  }

  /** The check of one DMN file. */
  public record Report(String dmnFile, List<DecisionReport> decisions, String problem) {

    public boolean passed() {
      return problem == null && decisions.stream().allMatch(DecisionReport::passed);
    }

    /** In plain words (Dutch), for policy staff. */
    public String text() {
      StringBuilder text = new StringBuilder();
      if (problem != null) {
        return dmnFile + ": NIET GOED — " + problem + "\n";
      }
      text.append(dmnFile).append(": ").append(passed() ? "goed" : "NIET GOED").append("\n");
      for (DecisionReport decision : decisions) {
        text.append("  beslissing '").append(decision.decisionKey()).append("' (").append(decision.decisionName())
            .append("): ");
        if (decision.problem() != null) {
          text.append(decision.problem()).append("\n");
          continue;
        }
        if (decision.caseFile() == null) {
          text.append("getoetst via de beslissing die haar gebruikt\n");
          continue;
        }
        text.append(decision.cases()).append(" gevallen in ").append(decision.caseFile()).append(", ");
        text.append(decision.failures().isEmpty() ? "alle goed" : decision.failures().size() + " fout").append("\n");
        for (Failure failure : decision.failures()) {
          text.append("    regel ").append(failure.line()).append(" (").append(failure.caseName()).append("): ")
              .append(String.join("; ", failure.differences())).append("\n");
        }
      }
      return text.toString();
    }
  }

  /**
   * @param caseFiles case files by name ({@code eligibility.cases.csv}); those of decisions not in
   *     this DMN file are ignored
   */
  public Report check(String dmnFile, byte[] dmn, Map<String, byte[]> caseFiles) {
    DmnModelInstance model;
    List<DmnDecision> decisions;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
      decisions = ENGINE.parseDecisions(new ByteArrayInputStream(dmn));
    } catch (RuntimeException e) {
      return new Report(dmnFile, List.of(), "het bestand is geen geldige DMN (" + firstLine(e.getMessage()) + ")");
    }
    Set<String> required = new HashSet<>();
    for (InformationRequirement requirement : model.getModelElementsByType(InformationRequirement.class)) {
      if (requirement.getRequiredDecision() != null) {
        required.add(requirement.getRequiredDecision().getId());
      }
    }
    List<DecisionReport> reports = new ArrayList<>();
    for (DmnDecision decision : decisions) {
      String caseFileName = CaseFile.nameFor(decision.getKey());
      byte[] csv = caseFiles.get(caseFileName);
      if (csv == null) {
        reports.add(required.contains(decision.getKey())
            ? new DecisionReport(decision.getKey(), decision.getName(), null, 0, List.of(), null)
            : new DecisionReport(decision.getKey(), decision.getName(), caseFileName, 0, List.of(),
                "geen casusbestand " + caseFileName + ": elke beslissing die de dienst gebruikt heeft er een"));
        continue;
      }
      reports.add(run(decision, outputs(model, decision.getKey()), caseFileName, csv));
    }
    return new Report(dmnFile, reports, null);
  }

  private DecisionReport run(DmnDecision decision, List<String> outputs, String caseFileName, byte[] csv) {
    CaseFile cases;
    try {
      cases = CaseFile.read(caseFileName, csv, outputs);
    } catch (IllegalArgumentException e) {
      return new DecisionReport(decision.getKey(), decision.getName(), caseFileName, 0, List.of(), e.getMessage());
    }
    if (cases.rows().isEmpty()) {
      return new DecisionReport(decision.getKey(), decision.getName(), caseFileName, 0, List.of(),
          caseFileName + " bevat geen gevallen");
    }
    List<Failure> failures = new ArrayList<>();
    for (CaseFile.Row row : cases.rows()) {
      List<String> differences = differences(decision, row);
      if (!differences.isEmpty()) {
        failures.add(new Failure(caseFileName, row.line(), row.name(), row.shows(), differences));
      }
    }
    return new DecisionReport(decision.getKey(), decision.getName(), caseFileName, cases.rows().size(), failures, null);
  }

  /** What differs for one case; empty when it comes out as its file says. */
  public static List<String> differences(DmnDecision decision, CaseFile.Row row) {
    DmnDecisionResult result;
    try {
      result = ENGINE.evaluateDecision(decision, variables(row));
    } catch (RuntimeException e) {
      return List.of("de beslissing kon niet worden uitgerekend (" + firstLine(e.getMessage()) + ")");
    }
    if (result.size() != 1) {
      return List.of(result.isEmpty() ? "geen enkele regel is van toepassing" : result.size() + " regels zijn van toepassing");
    }
    Map<String, Object> actual = result.getSingleResult().getEntryMap();
    List<String> differences = new ArrayList<>();
    row.expected().forEach((output, expected) -> {
      if (!expected.isEmpty() && !matches(expected, actual.get(output), ORDERED.contains(output))) {
        differences.add(output + " verwacht " + expected + " maar was " + actual.get(output));
      }
    });
    return differences;
  }

  static VariableMap variables(CaseFile.Row row) {
    VariableMap variables = Variables.createVariables();
    row.inputs().forEach((column, cell) -> variables.putValue(column, parse(column, cell)));
    return variables;
  }

  static Object parse(String column, String cell) {
    if (cell == null || cell.equals("null")) {
      return null;
    }
    String type = column.startsWith("zrm") ? "integer" : TYPES.getOrDefault(column, infer(cell));
    return switch (type) {
      case "boolean" -> Boolean.valueOf(cell);
      case "integer" -> Integer.valueOf(cell);
      case "number" -> Double.valueOf(cell);
      default -> cell;
    };
  }

  /** A column not listed in {@link #TYPES}: true/false is a boolean, everything else text (dates too). */
  private static String infer(String cell) {
    return cell.equals("true") || cell.equals("false") ? "boolean" : "string";
  }

  static boolean matches(String expected, Object actual, boolean ordered) {
    if (expected.equals("null")) {
      return actual == null;
    }
    if (actual instanceof Collection<?> list) {
      List<String> want = expected.equals("none") ? List.of() : Arrays.asList(expected.split("\\s+"));
      if (list.size() != want.size()) {
        return false;
      }
      List<Object> items = List.copyOf(list);
      for (int i = 0; i < want.size(); i++) {
        String wanted = want.get(i);
        boolean found = ordered ? matches(wanted, items.get(i), false)
            : items.stream().anyMatch(item -> matches(wanted, item, false));
        if (!found) {
          return false;
        }
      }
      return true;
    }
    if (actual instanceof Number number) {
      try {
        return new BigDecimal(expected).compareTo(new BigDecimal(number.toString())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return expected.equals(String.valueOf(actual));
  }

  /** The output names of a decision (a decision table's output columns). */
  static List<String> outputs(DmnModelInstance model, String decisionKey) {
    Decision decision = model.getModelElementById(decisionKey);
    Map<String, String> names = new LinkedHashMap<>();
    if (decision != null && decision.getExpression() instanceof DecisionTable table) {
      for (Output output : table.getOutputs()) {
        if (output.getName() != null) {
          names.put(output.getName(), output.getName());
        }
      }
    } else if (decision != null && decision.getVariable() != null) {
      names.put(decision.getVariable().getName(), decision.getVariable().getName());
    }
    return List.copyOf(names.keySet());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "onbekende fout";
    }
    String line = message.lines().findFirst().orElse(message);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
