package nl.gemeente.participatie.rules.impact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gemeente.participatie.rules.impact.DecisionGraph.VariableSource;
import nl.gemeente.participatie.rules.persistence.DecisionHistory;
import nl.gemeente.participatie.rules.persistence.DecisionHistory.Evaluation;
import nl.gemeente.participatie.rules.impact.ImpactReport.VersionSeen;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The impact of a candidate version of a decision: every evaluation of the decision recorded in the
 * engine's history in a period is evaluated again, on its recorded inputs, with the candidate, and
 * the outcomes compared.
 *
 * <ol>
 *   <li>The evaluations are those where the decision itself was asked for (by a delegate, a business
 *       rule task or the engine REST API), of any deployed version of its key.
 *   <li>Their input variables are read back from the history ({@link DecisionGraph}: input columns
 *       that hold a variable as passed, the decision's own columns first, then those of the
 *       decisions it required) with their types ({@link HistoryValues}).
 *   <li>The candidate is evaluated as Camunda's standalone DMN engine does
 *       ({@code DmnEngineConfiguration.createDefaultDmnEngineConfiguration()}, {@code parseDecisions},
 *       the decision with its required decisions), with a FEEL engine that parses each expression once
 *       ({@link CachingFeelEngine}).
 *   <li>An evaluation whose outcome would differ (or fail) is evaluated once more with its own
 *       recorded version. Only when that gives the recorded outcome is the history complete for it
 *       and the difference real; otherwise it is counted as not reproducible and left out.
 * </ol>
 *
 * The evaluations are read and evaluated in chunks, in parallel ({@code participatie.rules.impact.threads},
 * default one per processor).
 */
@Service
class RuleImpactService {

  private static final Logger LOG = LoggerFactory.getLogger(RuleImpactService.class);

  /** The candidate file is not a DMN file, or has no such decision: a bad part {@code dmn}. */
  static final class InvalidCandidateException extends Exception {
    InvalidCandidateException(String message) {
      super(message);
    }
  }

  /** No version of the decision is deployed. */
  static final class UnknownDecisionException extends Exception {
    UnknownDecisionException(String decisionKey) {
      super("No decision with key '" + decisionKey + "' is deployed.");
    }
  }

  private final RepositoryService repository;
  private final DecisionHistory history;
  private final ZoneId zone;
  private final int threads;
  private final int chunkSize;

  RuleImpactService(ProcessEngine engine, DecisionHistory history, Clock clock,
      @Value("${participatie.rules.impact.threads:0}") int threads,
      @Value("${participatie.rules.impact.chunk-size:1000}") int chunkSize) {
    this.repository = engine.getRepositoryService();
    this.history = history;
    this.zone = clock.getZone();
    this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    // Each chunk's ids are bind parameters of one statement, together with the input columns.
    this.chunkSize = Math.max(1, Math.min(chunkSize, DecisionHistory.MAX_PARAMETERS / 2));
  }

  /**
   * @param candidateDmn a DMN file holding a decision with id {@code decisionKey}
   * @param from first day of evaluation (Dutch time), inclusive
   * @param to last day of evaluation, inclusive
   */
  ImpactReport analyse(String decisionKey, byte[] candidateDmn, LocalDate from, LocalDate to)
      throws InvalidCandidateException, UnknownDecisionException {
    long started = System.nanoTime();
    DmnEngine engine = dmnEngine();
    DecisionGraph candidateGraph = candidateGraph(candidateDmn, decisionKey);
    DmnDecision candidate = decision(engine, candidateDmn, decisionKey);
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
        .latestVersion().singleResult();
    if (latest == null) {
      throw new UnknownDecisionException(decisionKey);
    }

    long listing = System.nanoTime();
    List<Evaluation> evaluations = history.evaluations(decisionKey,
        from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    long listed = System.nanoTime();
    Map<String, RecordedVersion> versions = new LinkedHashMap<>();
    Map<String, Long> perDefinition = new LinkedHashMap<>();
    for (Evaluation evaluation : evaluations) {
      versions.computeIfAbsent(evaluation.definitionId(), id -> recordedVersion(engine, id, decisionKey));
      perDefinition.merge(evaluation.definitionId(), 1L, Long::sum);
    }

    ImpactTally total = new ImpactTally(candidateGraph.outputs());
    for (ImpactTally part : inParallel(evaluations, chunk -> compare(chunk, versions, engine, candidate, candidateGraph))) {
      total.merge(part);
    }

    List<VersionSeen> versionsSeen = perDefinition.entrySet().stream()
        .map(e -> new VersionSeen(versions.get(e.getKey()).version, e.getValue(),
            total.notReproducibleByDefinition.getOrDefault(e.getKey(), 0L)))
        .sorted(Comparator.comparingInt(VersionSeen::version)).toList();
    long reEvaluated = total.changed + total.unchanged + total.failed;
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info("Impact of a candidate for decision {} over {}..{}: {} evaluations, {} re-evaluated, {} changed, "
            + "{} failed, {} not reproducible, in {} ms (listing {} ms; {} threads: reading {} ms, evaluating {} ms)",
        decisionKey, from, to, evaluations.size(), reEvaluated, total.changed, total.failed, total.notReproducible,
        millis, (listed - listing) / 1_000_000, threads, total.readNanos / 1_000_000, total.evaluateNanos / 1_000_000);
    return new ImpactReport(decisionKey, from, to, latest.getVersion(), versionsSeen, evaluations.size(), reEvaluated,
        total.changed, total.unchanged, total.failed, total.notReproducible, total.outputs(), total.changedExamples(),
        total.failedExamples(), millis);
  }

  /** One chunk: read its recorded inputs and outputs, evaluate, compare. */
  private ImpactTally compare(List<Evaluation> chunk, Map<String, RecordedVersion> versions, DmnEngine engine,
      DmnDecision candidate, DecisionGraph candidateGraph) {
    long reading = System.nanoTime();
    Map<String, Evaluation> byId = new HashMap<>();
    Set<String> rootClauses = new LinkedHashSet<>();
    Set<String> requiredClauses = new LinkedHashSet<>();
    for (Evaluation evaluation : chunk) {
      byId.put(evaluation.id(), evaluation);
      RecordedVersion version = versions.get(evaluation.definitionId());
      if (version.graph != null) {
        version.graph.sources().forEach(source ->
            (source.inRootDecision() ? rootClauses : requiredClauses).add(source.clauseId()));
      }
    }
    List<String> ids = List.copyOf(byId.keySet());
    Map<String, Map<String, Object>> variables = new HashMap<>();
    readVariables(history.inputs(ids, rootClauses), true, byId, versions, variables);
    readVariables(history.requiredDecisionInputs(ids, requiredClauses), false, byId, versions, variables);
    Map<String, Outcome.Recorded> outputs = new HashMap<>();
    for (DecisionHistory.Value value : history.outputs(ids)) {
      Object read;
      try {
        read = Outcome.normalize(HistoryValues.read(value.type(), value.text(), value.text2(), value.longValue(),
            value.doubleValue(), value.bytes()));
      } catch (HistoryValues.UnreadableValueException e) {
        read = new Unreadable();
      }
      outputs.computeIfAbsent(value.evaluationId(), id -> new Outcome.Recorded()).add(value.ruleOrder(), value.name(), read);
    }

    ImpactTally tally = new ImpactTally(candidateGraph.outputs());
    long evaluating = System.nanoTime();
    tally.readNanos += evaluating - reading;
    for (Evaluation evaluation : chunk) {
      RecordedVersion version = versions.get(evaluation.definitionId());
      if (version.graph == null) {
        tally.notReproducible(evaluation);
        continue;
      }
      Outcome.Recorded recordedOutputs = outputs.get(evaluation.id());
      Outcome recorded = recordedOutputs == null
          ? (evaluation.collectValue() == null ? Outcome.NONE : new Outcome.Recorded().outcome(evaluation.collectValue()))
          : recordedOutputs.outcome(evaluation.collectValue());
      VariableMap inputs = Variables.fromMap(variables.getOrDefault(evaluation.id(), Map.of()));
      Outcome proposed = null;
      try {
        proposed = Outcome.ofResults(engine.evaluateDecision(candidate, inputs).getResultList());
      } catch (RuntimeException e) {
        // The candidate fails on these inputs; counted below once the inputs are known to be complete.
      }
      if (proposed != null && proposed.sameAs(recorded)) {
        tally.unchanged(recorded);
      } else if (!version.reproduces(engine, inputs, recorded)) {
        tally.notReproducible(evaluation);
      } else if (proposed == null) {
        tally.failed(evaluation);
      } else {
        tally.changed(evaluation, recorded, proposed);
      }
    }
    tally.evaluateNanos += System.nanoTime() - evaluating;
    return tally;
  }

  private static void readVariables(List<DecisionHistory.Value> values, boolean rootColumns, Map<String, Evaluation> byId,
      Map<String, RecordedVersion> versions, Map<String, Map<String, Object>> variables) {
    for (DecisionHistory.Value value : values) {
      RecordedVersion version = versions.get(byId.get(value.evaluationId()).definitionId());
      VariableSource source = version.graph == null ? null : version.graph.source(value.clauseId());
      if (source == null || source.inRootDecision() != rootColumns) {
        continue;
      }
      Object read;
      try {
        read = HistoryValues.read(value.type(), value.text(), value.text2(), value.longValue(), value.doubleValue(),
            value.bytes());
      } catch (HistoryValues.UnreadableValueException e) {
        continue;
      }
      variables.computeIfAbsent(value.evaluationId(), id -> new HashMap<>())
          .put(source.variable(), source.asDate() ? dateText(read) : read);
    }
  }

  /** {@code date(x)} was recorded as a date; {@code x} itself is passed as its ISO text, as this service does. */
  private static Object dateText(Object value) {
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate().toString();
    }
    return value instanceof TemporalAccessor ? value.toString() : value;
  }

  private List<ImpactTally> inParallel(List<Evaluation> evaluations, java.util.function.Function<List<Evaluation>, ImpactTally> work) {
    List<Callable<ImpactTally>> tasks = new ArrayList<>();
    for (int start = 0; start < evaluations.size(); start += chunkSize) {
      List<Evaluation> chunk = evaluations.subList(start, Math.min(evaluations.size(), start + chunkSize));
      tasks.add(() -> work.apply(chunk));
    }
    if (tasks.isEmpty()) {
      return List.of();
    }
    AtomicInteger number = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
      Thread thread = new Thread(runnable, "rules-impact-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<ImpactTally> parts = new ArrayList<>();
      for (Future<ImpactTally> future : pool.invokeAll(tasks)) {
        parts.add(future.get());
      }
      return parts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Impact analysis interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static DmnEngine dmnEngine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(CachingFeelEngine::new);
    return configuration.buildEngine();
  }

  private static DecisionGraph candidateGraph(byte[] dmn, String decisionKey) throws InvalidCandidateException {
    DecisionGraph graph;
    try {
      graph = DecisionGraph.of(dmn, decisionKey);
    } catch (RuntimeException e) {
      throw new InvalidCandidateException("is not a DMN file");
    }
    if (graph == null) {
      throw new InvalidCandidateException("has no decision with id '" + decisionKey + "'");
    }
    return graph;
  }

  private static DmnDecision decision(DmnEngine engine, byte[] dmn, String decisionKey) throws InvalidCandidateException {
    try {
      return engine.parseDecisions(new ByteArrayInputStream(dmn)).stream()
          .filter(decision -> decisionKey.equals(decision.getKey())).findFirst()
          .orElseThrow(() -> new InvalidCandidateException("has no decision with id '" + decisionKey + "'"));
    } catch (RuntimeException e) {
      throw new InvalidCandidateException("cannot be read by the DMN engine: " + e.getMessage());
    }
  }

  /** A version whose deployment was deleted (history kept) has no rules to replay: version 0, not reproducible. */
  private RecordedVersion recordedVersion(DmnEngine engine, String definitionId, String decisionKey) {
    DecisionDefinition definition;
    byte[] dmn;
    try (InputStream model = repository.getDecisionModel(definitionId)) {
      definition = repository.getDecisionDefinition(definitionId);
      dmn = model.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ProcessEngineException e) {
      LOG.warn("Decision definition {} of recorded evaluations is no longer deployed", definitionId);
      return new RecordedVersion(0, null, null, decisionKey);
    }
    DecisionGraph graph;
    try {
      graph = DecisionGraph.of(dmn, decisionKey);
    } catch (RuntimeException e) {
      graph = null;
    }
    return new RecordedVersion(definition.getVersion(), graph, dmn, decisionKey);
  }

  /** A deployed version whose evaluations were found: which columns hold its inputs, and its rules. */
  private static final class RecordedVersion {
    final int version;
    final DecisionGraph graph;
    private final byte[] dmn;
    private final String decisionKey;
    private DmnDecision decision;
    private boolean parsed;

    RecordedVersion(int version, DecisionGraph graph, byte[] dmn, String decisionKey) {
      this.version = version;
      this.graph = graph;
      this.dmn = dmn;
      this.decisionKey = decisionKey;
    }

    /** Whether this version, evaluated on the inputs read back, gives the recorded outcome. */
    boolean reproduces(DmnEngine engine, VariableMap inputs, Outcome recorded) {
      DmnDecision own = decision(engine);
      if (own == null) {
        return false;
      }
      try {
        return Outcome.ofResults(engine.evaluateDecision(own, inputs).getResultList()).sameAs(recorded);
      } catch (RuntimeException e) {
        return false;
      }
    }

    private synchronized DmnDecision decision(DmnEngine engine) {
      if (!parsed && dmn != null) {
        parsed = true;
        try {
          decision = engine.parseDecisions(new ByteArrayInputStream(dmn)).stream()
              .filter(d -> decisionKey.equals(d.getKey())).findFirst().orElse(null);
        } catch (RuntimeException e) {
          decision = null;
        }
      }
      return decision;
    }
  }

  /** A recorded output this service does not read back: equal to nothing, so never "unchanged". */
  private static final class Unreadable {
    @Override
    public String toString() {
      return "(unreadable)";
    }
  }
}
