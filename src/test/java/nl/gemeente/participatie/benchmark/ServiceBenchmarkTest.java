package nl.gemeente.participatie.benchmark;

import static nl.gemeente.participatie.benchmark.BenchmarkResults.ms;
import static nl.gemeente.participatie.benchmark.BenchmarkResults.num;
import static nl.gemeente.participatie.benchmark.BenchmarkResults.quantile;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.support.TestPartners;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service on embedded PostgreSQL (production profile, history level full), measured (issue 9):
 * whole cases against a bare Camunda process with the same wait states, intake latency under
 * concurrent clients, and Tasklist/Cockpit queries with 100,000 finished cases in history. Jobs and
 * timers are run by the driver (job executor off), as in the tests; partners are the WireMock stand-ins.
 */
@PostgresServiceTest
@Import(StatementCounter.Configuration.class)
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceBenchmarkTest {

  static final String BARE = "benchmarkBareProcess";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  CaseDriver driver;
  ServiceClient client;
  LocalDate today;

  /** Wait states of one whole case, as measured from its history: user tasks and timers. */
  static int caseUserTasks;
  static int caseTimers;
  static double caseStatementsPerCase;
  static double caseRoundTripsPerCase;
  static double caseSecondsPerCase;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(engine, client);
    today = LocalDate.now(ServiceClient.AMSTERDAM);
  }

  // ---------------------------------------------------------------- 1. whole cases

  /** Intake, grant, assessment, plan, job start, outflow confirmed, 3 aftercare contacts: closed. */
  String wholeCase(String bsn) {
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance outflow = driver.startAndConfirm(caseId, "caseworker", today);
    driver.aftercare(outflow, "WORKING", "WORKING", "WORKING");
    return caseId;
  }

  @Test
  @Order(1)
  void wholeCaseThroughput() {
    int n = Integer.getInteger("benchmark.cases", 50);
    int warmup = Integer.getInteger("benchmark.warmupCases", 5);
    List<String> bsns = new ArrayList<>();
    for (int i = 0; i < warmup + n; i++) {
      String bsn = TestBsn.next();
      TestPartners.employment(bsn, "{\"dienstverbanden\": [{\"ingangsdatum\": \"" + today
          + "\", \"urenPerWeek\": 24, \"brutoMaandloon\": 2100.00, \"nettoMaandloon\": 1800.00}]}");
      bsns.add(bsn);
    }
    String first = null;
    for (int i = 0; i < warmup; i++) {
      first = wholeCase(bsns.get(i));
    }
    List<String> measured = new ArrayList<>();
    long statements = StatementCounter.STATEMENTS.get();
    long roundTrips = StatementCounter.roundTrips();
    long start = System.nanoTime();
    for (int i = warmup; i < warmup + n; i++) {
      measured.add(wholeCase(bsns.get(i)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    caseStatementsPerCase = (StatementCounter.STATEMENTS.get() - statements) / (double) n;
    caseRoundTripsPerCase = (StatementCounter.roundTrips() - roundTrips) / (double) n;
    caseSecondsPerCase = seconds / n;

    // Every measured case really closed with its result.
    assertThat(jdbc.queryForObject("select count(*) from pw_case where status = 'CLOSED' and outcome = 'OUTFLOW_TO_WORK'"
        + " and case_id in (" + String.join(",", measured.stream().map(id -> "'" + id + "'").toList()) + ")",
        Integer.class)).isEqualTo(n);

    // The wait states of one case (its called processes included), from its history.
    String root = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(measured.get(0)).singleResult().getId();
    caseUserTasks = jdbc.queryForObject("select count(*) from act_hi_taskinst where root_proc_inst_id_ = ?", Integer.class,
        root);
    caseTimers = jdbc.queryForObject("select count(distinct job_id_) from act_hi_job_log where root_proc_inst_id_ = ?"
        + " and job_def_type_ like 'timer%' and job_state_ = 2", Integer.class, root);
    int jobs = jdbc.queryForObject("select count(distinct job_id_) from act_hi_job_log where root_proc_inst_id_ = ?"
        + " and job_state_ = 2", Integer.class, root);
    int instances = jdbc.queryForObject("select count(*) from act_hi_procinst where root_proc_inst_id_ = ?", Integer.class,
        root);

    BenchmarkResults.row("1a. Whole case, service (intake → … → closed OUTFLOW_TO_WORK)",
        num(n / seconds) + " cases/s (" + ms(caseSecondsPerCase * 1000) + " per case); "
            + num(caseStatementsPerCase) + " SQL statements + " + num(caseRoundTripsPerCase - caseStatementsPerCase)
            + " commits/rollbacks = " + num(caseRoundTripsPerCase) + " round trips per case",
        "N=" + n + " sequential cases after " + warmup + " warm-up cases; bijstand granted, assessed, plan CARE_FIRST, job start,"
            + " outflow confirmed, 3 aftercare contacts; forms via REST submit-form as Tasklist, jobs via ManagementService."
            + " One case = " + instances + " process instances, " + caseUserTasks + " user tasks, " + caseTimers
            + " timers, " + jobs + " jobs in all");
  }

  /** A process with the case's wait states and nothing else: user tasks, then timer + user task per timer. */
  static BpmnModelInstance bareProcess(int userTasks, int timers) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(180).startEvent();
    for (int i = 0; i < userTasks - timers; i++) {
      flow = flow.userTask("Task_" + i).camundaCandidateGroups("klantmanager");
    }
    for (int i = 0; i < timers; i++) {
      flow = flow.intermediateCatchEvent("Timer_" + i).timerWithDuration("P30D")
          .userTask("TimerTask_" + i).camundaCandidateGroups("klantmanager");
    }
    return flow.endEvent().done();
  }

  void bareCase(String key) {
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    ProcessInstance instance = runtime.startProcessInstanceByKey(BARE, key, Map.of("caseId", key));
    while (true) {
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      if (task != null) {
        tasks.complete(task.getId(), Map.of("form", "{\"done\": true}"));
        continue;
      }
      Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
      if (timer == null) {
        return;
      }
      engine.getManagementService().executeJob(timer.getId());
    }
  }

  @Test
  @Order(2)
  void bareEngineThroughput() {
    int n = Integer.getInteger("benchmark.cases", 50);
    int warmup = Integer.getInteger("benchmark.warmupCases", 5);
    int userTasks = caseUserTasks > 0 ? caseUserTasks : 8;
    int timers = caseUserTasks > 0 ? caseTimers : 3;
    engine.getRepositoryService().createDeployment().name("benchmark").addModelInstance(BARE + ".bpmn",
        bareProcess(userTasks, timers)).deploy();
    for (int i = 0; i < warmup; i++) {
      bareCase("BARE-WARMUP-" + i);
    }
    long statements = StatementCounter.STATEMENTS.get();
    long roundTrips = StatementCounter.roundTrips();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      bareCase("BARE-" + i);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double perCase = (StatementCounter.STATEMENTS.get() - statements) / (double) n;
    double tripsPerCase = (StatementCounter.roundTrips() - roundTrips) / (double) n;
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(BARE).finished().count())
        .isEqualTo(n + warmup);
    BenchmarkResults.row("1b. Whole case, bare Camunda process, same wait states",
        num(n / seconds) + " cases/s (" + ms(seconds * 1000 / n) + " per case); " + num(perCase) + " SQL statements + "
            + num(tripsPerCase - perCase) + " commits/rollbacks = " + num(tripsPerCase) + " round trips per case",
        "N=" + n + " after " + warmup + " warm-up; " + userTasks + " user tasks (" + timers + " after a timer),"
            + " completed with TaskService.complete, timers with ManagementService.executeJob, same engine and database");
    if (caseSecondsPerCase > 0) {
      BenchmarkResults.row("1c. Service overhead over the engine (1a ÷ 1b)",
          num(caseSecondsPerCase / (seconds / n)) + "× time per case, " + num(caseRoundTripsPerCase / tripsPerCase)
              + "× round trips per case",
          "includes the service's tables, REST/JSON forms, partner calls (WireMock, in-process), DMN, async jobs");
    }
  }

  // ---------------------------------------------------------------- 2. intake latency

  @Test
  @Order(3)
  void intakeLatencyUnderConcurrentClients() throws Exception {
    int clients = Integer.getInteger("benchmark.clients", 20);
    int requests = Integer.getInteger("benchmark.intakeRequests", 2000);
    int warmup = Integer.getInteger("benchmark.warmupRequests", 200);
    runIntake(clients, warmup);
    long start = System.nanoTime();
    double[] latencies = runIntake(clients, requests);
    double seconds = (System.nanoTime() - start) / 1e9;
    BenchmarkResults.row("2. Intake API latency, " + clients + " concurrent clients",
        "p50 " + ms(quantile(latencies, 0.50)) + ", p99 " + ms(quantile(latencies, 0.99)) + ", max "
            + ms(quantile(latencies, 1.0)) + "; " + num(requests / seconds) + " requests/s",
        requests + " × POST /api/cases (melding, fresh valid BSN, HTTP Basic as caseworker) after " + warmup
            + " warm-up requests; every answer 201");
  }

  private double[] runIntake(int clients, int requests) throws Exception {
    double[] latencies = new double[requests];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
            String body = Json.write(ServiceClient.melding(TestBsn.next()));
            long t0 = System.nanoTime();
            ResponseEntity<String> response = client.postCase("caseworker", body);
            latencies[i] = (System.nanoTime() - t0) / 1e6;
            if (response.getStatusCode().value() != 201) {
              throw new AssertionError("Intake not created: " + response);
            }
          }
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    return latencies;
  }

  // ---------------------------------------------------------------- 4. Tasklist and Cockpit

  @Test
  @Order(4)
  void tasklistAndCockpitWithAHundredThousandFinishedCases() throws Exception {
    int finished = Integer.getInteger("benchmark.historyCases", 100_000);
    int repeats = Integer.getInteger("benchmark.queryRepeats", 300);
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("participationCase")
        .latestVersion().singleResult();
    long fillStart = System.nanoTime();
    fillHistory(definition.getId(), finished);
    double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("analyze");
    }
    long historic = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("participationCase")
        .finished().count();
    assertThat(historic).isGreaterThanOrEqualTo(finished);

    // The group with most open tasks (the intakes of part 2 wait in a group's task list).
    String group = jdbc.queryForObject("select l.group_id_ from act_ru_identitylink l join act_ru_task t on t.id_ = l.task_id_"
        + " where l.type_ = 'candidate' and l.group_id_ is not null group by l.group_id_ order by count(*) desc limit 1",
        String.class);
    long openTasks = engine.getTaskService().createTaskQuery().count();
    long groupTasks = engine.getTaskService().createTaskQuery().taskCandidateGroup(group).count();

    double[] tasklist = time(repeats, () -> {
      var query = engine.getTaskService().createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
      List<Task> page = query.orderByTaskCreateTime().desc().listPage(0, 15);
      return page.size() + query.count();
    });
    Random random = new Random(9);
    double[] history = time(repeats, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(String.format("BM-%07d", random.nextInt(finished))).list().size());
    List<String> openKeys = jdbc.queryForList("select business_key_ from act_ru_execution where proc_inst_id_ = id_"
        + " and business_key_ is not null limit 1000", String.class);
    double[] runtime = time(repeats, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(openKeys.get(random.nextInt(openKeys.size()))).list().size());

    String how = repeats + " repetitions after 30 warm-up, random keys; " + historic + " finished cases in history ("
        + finished + " written by JDBC batch insert in " + num(fillSeconds) + " s, then ANALYZE)";
    BenchmarkResults.row("4a. Tasklist: tasks of group `" + group + "` (first page of 15 + count)",
        "median " + ms(quantile(tasklist, 0.5)) + ", p99 " + ms(quantile(tasklist, 0.99)),
        openTasks + " open tasks, " + groupTasks + " for the group; TaskService query taskCandidateGroup,"
            + " includeAssignedTasks, order by created desc; " + repeats + " repetitions after 30 warm-up; " + historic
            + " finished cases in history");
    BenchmarkResults.row("4b. Cockpit: finished case by business key (history)",
        "median " + ms(quantile(history, 0.5)) + ", p99 " + ms(quantile(history, 0.99)),
        "HistoryService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(…).list(); " + how);
    BenchmarkResults.row("4c. Cockpit: running case by business key (runtime)",
        "median " + ms(quantile(runtime, 0.5)) + ", p99 " + ms(quantile(runtime, 0.99)),
        "RuntimeService.createProcessInstanceQuery().processInstanceBusinessKey(…).list(); " + how);
  }

  private static double[] time(int repeats, Supplier<Object> query) {
    for (int i = 0; i < 30; i++) {
      query.get();
    }
    double[] millis = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      query.get();
      millis[i] = (System.nanoTime() - t0) / 1e6;
    }
    return millis;
  }

  /**
   * Finished cases written straight into the engine's history tables, in the engine's own format:
   * per case its process instance (COMPLETED, business key BM-nnnnnnn), three activity instances (start
   * event, intake task, end event), the completed task and one variable. Starting and completing
   * 100,000 instances through the engine would take an estimated 15-35 minutes on 2 cores (1b's time
   * per wait state), far longer than the rest of the benchmark;
   * the queries measured only read these tables.
   */
  private void fillHistory(String definitionId, int cases) throws Exception {
    long base = System.currentTimeMillis() - 400L * 24 * 3600 * 1000;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement procinst = connection.prepareStatement("insert into act_hi_procinst (id_, proc_inst_id_,"
              + " business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, duration_, start_act_id_, end_act_id_,"
              + " root_proc_inst_id_, state_) values (?, ?, ?, 'participationCase', ?, ?, ?, ?, 'StartEvent_Melding',"
              + " 'EndEvent_Closed', ?, 'COMPLETED')");
          PreparedStatement actinst = connection.prepareStatement("insert into act_hi_actinst (id_, parent_act_inst_id_,"
              + " proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, act_id_, task_id_, act_name_,"
              + " act_type_, start_time_, end_time_, duration_, act_inst_state_, sequence_counter_) values (?, ?,"
              + " 'participationCase', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 2, ?)");
          PreparedStatement taskinst = connection.prepareStatement("insert into act_hi_taskinst (id_, task_def_key_,"
              + " proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, act_inst_id_, name_,"
              + " assignee_, start_time_, end_time_, duration_, delete_reason_, priority_, task_state_) values (?,"
              + " 'UserTask_Intake', 'participationCase', ?, ?, ?, ?, ?, 'Intakegesprek', 'caseworker', ?, ?, 0, 'completed',"
              + " 50, 'Completed')");
          PreparedStatement varinst = connection.prepareStatement("insert into act_hi_varinst (id_, proc_def_key_,"
              + " proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, act_inst_id_, name_, var_type_,"
              + " create_time_, rev_, text_, state_) values (?, 'participationCase', ?, ?, ?, ?, ?, 'caseId', 'string', ?, 0,"
              + " ?, 'CREATED')")) {
        for (int i = 0; i < cases; i++) {
          String id = "bm-" + i;
          String key = String.format("BM-%07d", i);
          Timestamp started = new Timestamp(base + i * 300_000L);
          Timestamp ended = new Timestamp(base + i * 300_000L + 86_400_000L);
          procinst.setString(1, id);
          procinst.setString(2, id);
          procinst.setString(3, key);
          procinst.setString(4, definitionId);
          procinst.setTimestamp(5, started);
          procinst.setTimestamp(6, ended);
          procinst.setLong(7, 86_400_000L);
          procinst.setString(8, id);
          procinst.addBatch();
          String[][] activities = {{"StartEvent_Melding", "startEvent", null}, {"UserTask_Intake", "userTask", id + "-t"},
              {"EndEvent_Closed", "noneEndEvent", null}};
          for (int a = 0; a < activities.length; a++) {
            actinst.setString(1, id + "-a" + a);
            actinst.setString(2, id);
            actinst.setString(3, definitionId);
            actinst.setString(4, id);
            actinst.setString(5, id);
            actinst.setString(6, id);
            actinst.setString(7, activities[a][0]);
            actinst.setString(8, activities[a][2]);
            actinst.setString(9, activities[a][0]);
            actinst.setString(10, activities[a][1]);
            actinst.setTimestamp(11, started);
            actinst.setTimestamp(12, ended);
            actinst.setLong(13, a + 1);
            actinst.addBatch();
          }
          taskinst.setString(1, id + "-t");
          taskinst.setString(2, definitionId);
          taskinst.setString(3, id);
          taskinst.setString(4, id);
          taskinst.setString(5, id);
          taskinst.setString(6, id + "-a1");
          taskinst.setTimestamp(7, started);
          taskinst.setTimestamp(8, ended);
          taskinst.addBatch();
          varinst.setString(1, id + "-v");
          varinst.setString(2, definitionId);
          varinst.setString(3, id);
          varinst.setString(4, id);
          varinst.setString(5, id);
          varinst.setString(6, id);
          varinst.setTimestamp(7, started);
          varinst.setString(8, key);
          varinst.addBatch();
          if (i % 1000 == 999 || i == cases - 1) {
            procinst.executeBatch();
            actinst.executeBatch();
            taskinst.executeBatch();
            varinst.executeBatch();
            connection.commit();
          }
        }
      }
      connection.setAutoCommit(true);
    }
  }

  @AfterAll
  static void report() {
    BenchmarkResults.write();
  }
}
