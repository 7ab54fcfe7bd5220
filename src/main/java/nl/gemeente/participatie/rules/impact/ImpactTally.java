package nl.gemeente.participatie.rules.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.gemeente.participatie.rules.impact.ImpactReport.OutputImpact;
import nl.gemeente.participatie.rules.persistence.DecisionHistory;

/** The counts of one part of an impact analysis; parts are merged into one report. */
final class ImpactTally {

  static final int TOP = 10;
  static final String ARROW = "→";

  long changed;
  long unchanged;
  long failed;
  long notReproducible;
  /** Time spent reading the history and evaluating, summed over the parts (threads). */
  long readNanos;
  long evaluateNanos;
  final Map<String, Long> notReproducibleByDefinition = new HashMap<>();
  private final Map<String, ColumnTally> columns = new LinkedHashMap<>();
  private final Examples changedExamples = new Examples();
  private final Examples failedExamples = new Examples();

  ImpactTally(List<String> candidateOutputs) {
    candidateOutputs.forEach(name -> columns.put(name, new ColumnTally()));
  }

  void unchanged(Outcome recorded) {
    unchanged++;
    recorded.names().forEach(name -> column(name).seen(recorded.get(name)));
  }

  void changed(DecisionHistory.Evaluation evaluation, Outcome recorded, Outcome candidate) {
    changed++;
    changedExamples.add(evaluation);
    for (String name : columns.keySet()) {
      compare(name, recorded, candidate);
    }
    recorded.names().stream().filter(name -> !columns.containsKey(name)).toList()
        .forEach(name -> compare(name, recorded, candidate));
    candidate.names().stream().filter(name -> !columns.containsKey(name)).toList()
        .forEach(name -> compare(name, recorded, candidate));
  }

  private void compare(String name, Outcome recorded, Outcome candidate) {
    Object before = recorded.get(name);
    Object after = candidate.get(name);
    ColumnTally column = column(name);
    column.seen(before);
    column.seen(after);
    if (!Objects.equals(before, after)) {
      column.change(before, after);
    }
  }

  void failed(DecisionHistory.Evaluation evaluation) {
    failed++;
    failedExamples.add(evaluation);
  }

  void notReproducible(DecisionHistory.Evaluation evaluation) {
    notReproducible++;
    notReproducibleByDefinition.merge(evaluation.definitionId(), 1L, Long::sum);
  }

  private ColumnTally column(String name) {
    return columns.computeIfAbsent(name, n -> new ColumnTally());
  }

  void merge(ImpactTally other) {
    changed += other.changed;
    unchanged += other.unchanged;
    failed += other.failed;
    notReproducible += other.notReproducible;
    readNanos += other.readNanos;
    evaluateNanos += other.evaluateNanos;
    other.notReproducibleByDefinition.forEach((id, n) -> notReproducibleByDefinition.merge(id, n, Long::sum));
    other.columns.forEach((name, column) -> column(name).merge(column));
    changedExamples.merge(other.changedExamples);
    failedExamples.merge(other.failedExamples);
  }

  Map<String, OutputImpact> outputs() {
    Map<String, OutputImpact> outputs = new LinkedHashMap<>();
    columns.forEach((name, column) -> outputs.put(name, column.impact()));
    return outputs;
  }

  List<String> changedExamples() {
    return changedExamples.latest();
  }

  List<String> failedExamples() {
    return failedExamples.latest();
  }

  /** One output column. */
  private static final class ColumnTally {
    long changed;
    final Set<String> kinds = new TreeSet<>();
    final Map<String, Long> transitions = new HashMap<>();
    long increased;
    long decreased;
    BigDecimal totalDifference = BigDecimal.ZERO;
    long becameNull;
    long becameNonNull;

    void seen(Object value) {
      String kind = Outcome.kind(value);
      if (kind != null) {
        kinds.add(kind);
      }
    }

    void change(Object before, Object after) {
      changed++;
      if (before instanceof BigDecimal b && after instanceof BigDecimal a) {
        int sign = a.compareTo(b);
        if (sign > 0) {
          increased++;
        } else if (sign < 0) {
          decreased++;
        }
        totalDifference = totalDifference.add(a.subtract(b));
      } else if (before instanceof BigDecimal && after == null) {
        becameNull++;
      } else if (before == null && after instanceof BigDecimal) {
        becameNonNull++;
      } else {
        transitions.merge(shown(before) + ARROW + shown(after), 1L, Long::sum);
      }
    }

    /** Amounts are never named one by one: a change between a number and another kind says "number". */
    private static String shown(Object value) {
      return value instanceof BigDecimal ? Outcome.NUMBER : Outcome.display(value);
    }

    void merge(ColumnTally other) {
      changed += other.changed;
      kinds.addAll(other.kinds);
      other.transitions.forEach((key, n) -> transitions.merge(key, n, Long::sum));
      increased += other.increased;
      decreased += other.decreased;
      totalDifference = totalDifference.add(other.totalDifference);
      becameNull += other.becameNull;
      becameNonNull += other.becameNonNull;
    }

    OutputImpact impact() {
      String type = kinds.isEmpty() ? null : kinds.size() == 1 ? kinds.iterator().next() : "mixed";
      boolean numbers = kinds.contains(Outcome.NUMBER);
      Map<String, Long> top = null;
      Long rest = null;
      if (!numbers || !transitions.isEmpty()) {
        top = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(transitions.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long restCount = 0;
        for (int i = 0; i < sorted.size(); i++) {
          if (i < TOP) {
            top.put(sorted.get(i).getKey(), sorted.get(i).getValue());
          } else {
            restCount += sorted.get(i).getValue();
          }
        }
        rest = restCount;
      }
      if (!numbers) {
        return new OutputImpact(type, changed, top, rest, null, null, null, null, null, null);
      }
      long moved = increased + decreased;
      Double average = moved == 0 ? null
          : totalDifference.divide(BigDecimal.valueOf(moved), 4, RoundingMode.HALF_UP).doubleValue();
      return new OutputImpact(type, changed, top, rest, increased, decreased, totalDifference.doubleValue(), average,
          becameNull, becameNonNull);
    }
  }

  /** The latest evaluations with a case id, one per case. */
  private static final class Examples {
    private static final Comparator<DecisionHistory.Evaluation> LATEST_FIRST = Comparator
        .comparing(DecisionHistory.Evaluation::evaluatedAt, Comparator.nullsLast(Comparator.<java.time.Instant>reverseOrder()))
        .thenComparing(DecisionHistory.Evaluation::id, Comparator.reverseOrder());

    private final Map<String, DecisionHistory.Evaluation> latestPerCase = new HashMap<>();

    void add(DecisionHistory.Evaluation evaluation) {
      if (evaluation.caseId() == null) {
        return;
      }
      latestPerCase.merge(evaluation.caseId(), evaluation, (a, b) -> LATEST_FIRST.compare(a, b) <= 0 ? a : b);
      if (latestPerCase.size() > 10 * TOP) {
        List<DecisionHistory.Evaluation> keep = latestPerCase.values().stream().sorted(LATEST_FIRST).limit(TOP).toList();
        latestPerCase.clear();
        keep.forEach(e -> latestPerCase.put(e.caseId(), e));
      }
    }

    void merge(Examples other) {
      other.latestPerCase.values().forEach(this::add);
    }

    List<String> latest() {
      return latestPerCase.values().stream().sorted(LATEST_FIRST).limit(TOP).map(DecisionHistory.Evaluation::caseId)
          .toList();
    }
  }
}
