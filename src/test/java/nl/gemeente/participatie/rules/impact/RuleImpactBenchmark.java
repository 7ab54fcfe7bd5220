package nl.gemeente.participatie.rules.impact;

import static nl.gemeente.participatie.rules.impact.ImpactRequests.model;
import static nl.gemeente.participatie.rules.impact.ImpactRequests.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long {@code POST /api/rules/eligibility/impact} takes over 10,000 and 100,000 recorded
 * evaluations, on embedded PostgreSQL with history level full. Not part of {@code mvn verify}; run
 * with {@code mvn -B -o -Pbenchmark test} (profile {@code benchmark} in the pom). Prints a table and
 * writes it to {@code target/rules-impact-benchmark.txt}. The load average shown with each run tells
 * whether other work shared the processors (PostgreSQL runs on the same machine).
 *
 * <p>The history is filled in two ways. {@value #TEMPLATES} evaluations of decision
 * {@code eligibility} with varied inputs go through the engine's {@code DecisionService}, so the
 * engine itself writes them (about 65 history rows each: the decision and the 8 it requires, their
 * inputs and outputs, JSON values in byte arrays). Evaluating 100,000 that way would take minutes of
 * FEEL alone (FEEL 1.19.3, see {@link CachingFeelEngine}), so the rest are exact copies of those rows
 * made with {@code INSERT ... SELECT} in PostgreSQL, each with new ids ({@code gen_random_uuid()}, the
 * format of Camunda's UUID id generator) and the links between them kept.
 */
@Tag("benchmark")
@PostgresServiceTest
class RuleImpactBenchmark {

  static final int TEMPLATES = 1_000;
  /** The history sizes measured, ascending; {@code -Dbenchmark.sizes=10000,100000,200000} for others. */
  static final int[] SIZES = java.util.Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
      .mapToInt(size -> Integer.parseInt(size.trim())).toArray();

  @Autowired DecisionService decisions;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired TestRestTemplate rest;

  @Test
  void impactOverTenAndAHundredThousandEvaluations() throws IOException {
    List<String> lines = new ArrayList<>();
    // Other benchmarks in this JVM share the database: their evaluations are counted, not copied.
    jdbc.execute("create table bench_existing as select ID_ from ACT_HI_DECINST where DEC_DEF_KEY_ = 'eligibility'"
        + " and ROOT_DEC_INST_ID_ is null");
    int existing = jdbc.queryForObject("select count(*) from bench_existing", Integer.class);
    long started = System.nanoTime();
    Random random = new Random(8);
    for (int i = 0; i < TEMPLATES; i++) {
      decisions.evaluateDecisionByKey("eligibility").variables(applicant(random)).evaluate();
    }
    lines.add(String.format(Locale.ROOT, "filled: %,d evaluations through DecisionService in %.1f s", TEMPLATES,
        seconds(started)));
    // The rows to copy: the template evaluations' decision rows (the decision asked for and the ones it
    // required) and the byte arrays their values point to.
    jdbc.execute("create table bench_decision as select ID_ from ACT_HI_DECINST where DEC_DEF_KEY_ = 'eligibility'"
        + " and ROOT_DEC_INST_ID_ is null and ID_ not in (select ID_ from bench_existing)");
    assertThat(jdbc.queryForObject("select count(*) from bench_decision", Integer.class)).isEqualTo(TEMPLATES);
    jdbc.execute("insert into bench_decision select ID_ from ACT_HI_DECINST"
        + " where ROOT_DEC_INST_ID_ in (select ID_ from bench_decision)");
    jdbc.execute("create table bench_bytes as select BYTEARRAY_ID_ as ID_ from ACT_HI_DEC_IN"
        + " where BYTEARRAY_ID_ is not null and DEC_INST_ID_ in (select ID_ from bench_decision)"
        + " union select BYTEARRAY_ID_ from ACT_HI_DEC_OUT"
        + " where BYTEARRAY_ID_ is not null and DEC_INST_ID_ in (select ID_ from bench_decision)");

    ImpactRequests impact = new ImpactRequests(rest);
    LocalDate today = LocalDate.now(ServiceClient.AMSTERDAM);
    String from = today.minusDays(1).toString();
    String to = today.plusDays(1).toString();
    String candidate = replace("<outputEntry id=\"OutputEntry_AssetLimit_4_1\"><text>8000</text>",
        "<outputEntry id=\"OutputEntry_AssetLimit_4_1\"><text>6000</text>").apply(model("eligibility.dmn"));
    impact.report("eligibility", candidate, from, to); // warm-up

    List<String> table = new ArrayList<>();
    table.add("| evaluations | seconds | evaluations/second | changed |");
    table.add("|---:|---:|---:|---:|");
    int recorded = TEMPLATES;
    for (int size : SIZES) {
      long filling = System.nanoTime();
      int copies = (size - recorded) / TEMPLATES;
      for (int done = 0; done < copies; done += 10) {
        copy(Math.min(10, copies - done));
      }
      recorded += copies * TEMPLATES;
      lines.add(String.format(Locale.ROOT, "filled: %,d more evaluations by copying history rows in %.1f s (%,d history"
          + " rows in all)", copies * TEMPLATES, seconds(filling), historyRows()));
      jdbc.execute("analyze");

      double best = Double.MAX_VALUE;
      JsonNode report = null;
      for (int run = 0; run < 2; run++) {
        long asked = System.nanoTime();
        report = impact.report("eligibility", candidate, from, to);
        double took = seconds(asked);
        lines.add(String.format(Locale.ROOT, "run %d over %,d: %.2f s (service: %d ms; system load average %.1f)",
            run + 1, size, took, report.get("durationMillis").asLong(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        best = Math.min(best, took);
      }
      assertThat(report.get("evaluations").asLong()).isEqualTo(size + existing);
      assertThat(report.get("notReproducible").asLong()).isZero();
      assertThat(report.get("changed").asLong()).isPositive();
      table.add(String.format(Locale.ROOT, "| %,d | %.2f | %,.0f | %,d |", size, best, size / best,
          report.get("changed").asLong()));
    }

    Runtime runtime = Runtime.getRuntime();
    lines.add("");
    lines.addAll(table);
    lines.add("");
    lines.add(String.format(Locale.ROOT, "machine: %d cores (%s), %,d MB physical memory, JVM max heap %,d MB, Java %s (%s),"
            + " %s %s; PostgreSQL %s (embedded)",
        runtime.availableProcessors(), cpuName(), physicalMemoryMb(), runtime.maxMemory() / (1024 * 1024),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
        System.getProperty("os.arch"), jdbc.queryForObject("show server_version", String.class)));
    lines.forEach(System.out::println);
    Files.write(Path.of("target", "rules-impact-benchmark.txt"), lines);
  }

  /** A varied applicant: 2025 and 2026 figures, every household, ages 17 to 80, amounts around the limits. */
  static VariableMap applicant(Random random) {
    LocalDate application = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
    String[] households = {"SINGLE", "SINGLE", "SINGLE_PARENT", "COUPLE"};
    String[] statuses = {"DUTCH", "DUTCH", "DUTCH", "LAWFUL_RESIDENT", "NONE"};
    return Variables.createVariables()
        .putValue("applicationDate", application.toString())
        .putValue("reportDate", application.minusDays(random.nextInt(60)).toString())
        .putValue("birthDate", application.minusYears(17 + random.nextInt(64)).minusDays(random.nextInt(365)).toString())
        .putValue("residenceStatus", statuses[random.nextInt(statuses.length)])
        .putValue("livesInNetherlands", random.nextInt(20) > 0)
        .putValue("detained", random.nextInt(50) == 0)
        .putValue("evadingSentence", false)
        .putValue("studentFinanceEligible", random.nextInt(10) == 0)
        .putValue("searchPeriodExempt", random.nextBoolean())
        .putValue("daysAbroadThisYear", random.nextInt(40))
        .putValue("householdType", households[random.nextInt(households.length)])
        .putValue("monthlyIncome", random.nextInt(10) < 6 ? 0.0 : Math.round(random.nextDouble() * 250000) / 100.0)
        .putValue("assets", Math.round(random.nextDouble() * 2000000) / 100.0);
  }

  /**
   * {@code copies} more copies of every template evaluation: all its decision rows, inputs, outputs and
   * byte arrays, each with a new id, the links between them pointing at the new ids.
   */
  void copy(int copies) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      jdbc.update("create temp table copy_decision on commit drop as"
          + " select t.ID_ as OLD_ID, g.N, gen_random_uuid()::text as NEW_ID from bench_decision t"
          + " cross join generate_series(1, ?) as g(N)", copies);
      jdbc.execute("create index on copy_decision (OLD_ID, N)");
      jdbc.update("create temp table copy_bytes on commit drop as"
          + " select t.ID_ as OLD_ID, g.N, gen_random_uuid()::text as NEW_ID from bench_bytes t"
          + " cross join generate_series(1, ?) as g(N)", copies);
      jdbc.execute("create index on copy_bytes (OLD_ID, N)");
      jdbc.execute("analyze copy_decision");
      jdbc.execute("analyze copy_bytes");
      jdbc.execute("insert into ACT_GE_BYTEARRAY (ID_, REV_, NAME_, DEPLOYMENT_ID_, BYTES_, GENERATED_, TENANT_ID_, TYPE_,"
          + " CREATE_TIME_, ROOT_PROC_INST_ID_, REMOVAL_TIME_)"
          + " select c.NEW_ID, b.REV_, b.NAME_, b.DEPLOYMENT_ID_, b.BYTES_, b.GENERATED_, b.TENANT_ID_, b.TYPE_,"
          + " b.CREATE_TIME_, b.ROOT_PROC_INST_ID_, b.REMOVAL_TIME_ from bench_bytes t"
          + " join ACT_GE_BYTEARRAY b on b.ID_ = t.ID_ join copy_bytes c on c.OLD_ID = t.ID_");
      jdbc.execute("insert into ACT_HI_DECINST (ID_, DEC_DEF_ID_, DEC_DEF_KEY_, DEC_DEF_NAME_, PROC_DEF_KEY_, PROC_DEF_ID_,"
          + " PROC_INST_ID_, CASE_DEF_KEY_, CASE_DEF_ID_, CASE_INST_ID_, ACT_INST_ID_, ACT_ID_, EVAL_TIME_, REMOVAL_TIME_,"
          + " COLLECT_VALUE_, USER_ID_, ROOT_DEC_INST_ID_, ROOT_PROC_INST_ID_, DEC_REQ_ID_, DEC_REQ_KEY_, TENANT_ID_)"
          + " select c.NEW_ID, d.DEC_DEF_ID_, d.DEC_DEF_KEY_, d.DEC_DEF_NAME_, d.PROC_DEF_KEY_, d.PROC_DEF_ID_,"
          + " d.PROC_INST_ID_, d.CASE_DEF_KEY_, d.CASE_DEF_ID_, d.CASE_INST_ID_, d.ACT_INST_ID_, d.ACT_ID_, d.EVAL_TIME_,"
          + " d.REMOVAL_TIME_, d.COLLECT_VALUE_, d.USER_ID_, r.NEW_ID, d.ROOT_PROC_INST_ID_, d.DEC_REQ_ID_, d.DEC_REQ_KEY_,"
          + " d.TENANT_ID_ from bench_decision t join ACT_HI_DECINST d on d.ID_ = t.ID_"
          + " join copy_decision c on c.OLD_ID = t.ID_"
          + " left join copy_decision r on r.OLD_ID = d.ROOT_DEC_INST_ID_ and r.N = c.N");
      jdbc.execute("insert into ACT_HI_DEC_IN (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, VAR_TYPE_, BYTEARRAY_ID_, DOUBLE_,"
          + " LONG_, TEXT_, TEXT2_, TENANT_ID_, CREATE_TIME_, ROOT_PROC_INST_ID_, REMOVAL_TIME_)"
          + " select gen_random_uuid()::text, c.NEW_ID, i.CLAUSE_ID_, i.CLAUSE_NAME_, i.VAR_TYPE_, b.NEW_ID, i.DOUBLE_,"
          + " i.LONG_, i.TEXT_, i.TEXT2_, i.TENANT_ID_, i.CREATE_TIME_, i.ROOT_PROC_INST_ID_, i.REMOVAL_TIME_"
          + " from bench_decision t join ACT_HI_DEC_IN i on i.DEC_INST_ID_ = t.ID_"
          + " join copy_decision c on c.OLD_ID = t.ID_"
          + " left join copy_bytes b on b.OLD_ID = i.BYTEARRAY_ID_ and b.N = c.N");
      jdbc.execute("insert into ACT_HI_DEC_OUT (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, RULE_ID_, RULE_ORDER_, VAR_NAME_,"
          + " VAR_TYPE_, BYTEARRAY_ID_, DOUBLE_, LONG_, TEXT_, TEXT2_, TENANT_ID_, CREATE_TIME_, ROOT_PROC_INST_ID_,"
          + " REMOVAL_TIME_)"
          + " select gen_random_uuid()::text, c.NEW_ID, o.CLAUSE_ID_, o.CLAUSE_NAME_, o.RULE_ID_, o.RULE_ORDER_, o.VAR_NAME_,"
          + " o.VAR_TYPE_, b.NEW_ID, o.DOUBLE_, o.LONG_, o.TEXT_, o.TEXT2_, o.TENANT_ID_, o.CREATE_TIME_,"
          + " o.ROOT_PROC_INST_ID_, o.REMOVAL_TIME_ from bench_decision t join ACT_HI_DEC_OUT o on o.DEC_INST_ID_ = t.ID_"
          + " join copy_decision c on c.OLD_ID = t.ID_"
          + " left join copy_bytes b on b.OLD_ID = o.BYTEARRAY_ID_ and b.N = c.N");
    });
  }

  long historyRows() {
    return jdbc.queryForObject("select (select count(*) from ACT_HI_DECINST) + (select count(*) from ACT_HI_DEC_IN)"
        + " + (select count(*) from ACT_HI_DEC_OUT) + (select count(*) from ACT_GE_BYTEARRAY where TYPE_ = 3)", Long.class);
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static long physicalMemoryMb() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize() / (1024 * 1024);
    }
    return -1;
  }

  static String cpuName() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    } catch (IOException | RuntimeException e) {
      return "unknown CPU";
    }
  }
}
