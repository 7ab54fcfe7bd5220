package nl.gemeente.participatie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Decision {@code eligibility} (dmn/eligibility.dmn) evaluated by Camunda's standalone DMN engine with
 * the inputs of case {@code standard} of dmn/eligibility.cases.csv (single adult of 34, no income or
 * assets), measured with JMH: throughput, one thread, the decision parsed once.
 */
@Tag("benchmark")
public class EligibilityDecisionBenchmarkTest {

  @State(Scope.Benchmark)
  public static class Decision {
    DmnEngine engine;
    DmnDecision decision;
    VariableMap standard;

    @Setup
    public void parse() throws Exception {
      engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
      try (InputStream dmn = Files.newInputStream(Path.of("dmn", "eligibility.dmn"))) {
        decision = engine.parseDecision("eligibility", dmn);
      }
      // Case "standard" of dmn/eligibility.cases.csv, typed as the rules check types it.
      standard = Variables.createVariables()
          .putValue("applicationDate", "2025-03-03")
          .putValue("reportDate", "2025-02-03")
          .putValue("birthDate", "1990-04-01")
          .putValue("residenceStatus", "DUTCH")
          .putValue("livesInNetherlands", true)
          .putValue("detained", false)
          .putValue("evadingSentence", false)
          .putValue("studentFinanceEligible", false)
          .putValue("searchPeriodExempt", false)
          .putValue("daysAbroadThisYear", 0)
          .putValue("householdType", "SINGLE").putValue("costSharers", 0)
          .putValue("monthlyIncome", 0.0)
          .putValue("assets", 0.0);
    }

    DmnDecisionResult evaluate() {
      return engine.evaluateDecision(decision, standard);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public DmnDecisionResult eligibility(Decision state) {
    return state.evaluate();
  }

  @Test
  void eligibilityEvaluationsPerSecond() throws Exception {
    Decision check = new Decision();
    check.parse();
    DmnDecisionResult result = check.evaluate();
    assertThat(result.getSingleResult().getEntryMap()).containsEntry("eligible", true);
    assertThat(((Number) result.getSingleResult().getEntry("benefitAmount")).doubleValue()).isEqualTo(1345.45);

    int warmups = Integer.getInteger("benchmark.jmh.warmups", 5);
    int forks = Integer.getInteger("benchmark.jmh.forks", 1);
    int iterations = Integer.getInteger("benchmark.jmh.iterations", 5);
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(EligibilityDecisionBenchmarkTest.class.getName() + ".eligibility")
        .forks(forks)
        .threads(1)
        .warmupIterations(warmups).warmupTime(TimeValue.seconds(2))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(3))
        .shouldFailOnError(true)
        .build()).run();
    RunResult run = results.iterator().next();
    double score = run.getPrimaryResult().getScore();
    double error = run.getPrimaryResult().getScoreError();
    BenchmarkResults.row("3. Eligibility decision evaluations (JMH, 1 thread)",
        String.format(java.util.Locale.ROOT, "%,.0f ± %,.0f ops/s (%.1f µs each)", score, error, 1_000_000 / score),
        "Camunda standalone DMN engine, dmn/eligibility.dmn, inputs of case `standard`; " + warmups + "×2 s warmup, "
            + iterations + "×3 s measurement, 99.9% CI, " + forks + " fork(s) (a JVM of its own, -Xmx2g)");
  }

  @AfterAll
  static void report() {
    BenchmarkResults.write();
  }
}
