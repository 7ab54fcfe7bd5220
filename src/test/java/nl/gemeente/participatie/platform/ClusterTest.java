package nl.gemeente.participatie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.support.ServiceRun;
import nl.gemeente.participatie.support.TestPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda's shared-database cluster: two identical nodes on one PostgreSQL, the job executor on
 * both. Many instances with async steps and a timer run through both nodes; every step runs exactly
 * once (a probe table counts each run) and every instance finishes. Then one node stops while it
 * holds locked jobs (killed, in a JVM of its own), and the other finishes its work after the lock
 * timeout.
 */
@Tag("standalone")
class ClusterTest {

  static final String DATABASE = "participatie_cluster";
  static final int INSTANCES = 120;
  static final int LOCK_MILLIS = 4000;

  /**
   * Async step A, a 1-second timer, async step B; each step records its run ({@link ProbeStep}). A
   * class delegate, not an expression: expressions in models reach only the beans the released models
   * name (issue 13), and a probe has no business among them.
   */
  static BpmnModelInstance probeProcess(String key) {
    return Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Probe")
        .serviceTask("ServiceTask_StepA").camundaAsyncBefore().camundaClass(ProbeStep.class.getName())
        .intermediateCatchEvent("CatchEvent_Wait").timerWithDuration("PT1S")
        .serviceTask("ServiceTask_StepB").camundaAsyncBefore().camundaClass(ProbeStep.class.getName())
        .endEvent("EndEvent_Probe")
        .done();
  }

  /**
   * Records which node ran which step of which instance, in the job's own transaction; step A of the
   * slow probe first sleeps half a second, so that a node can be stopped while it holds locked jobs.
   */
  public static class ProbeStep implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      JdbcTemplate jdbc = new JdbcTemplate(Context.getProcessEngineConfiguration().getDataSource());
      String step = execution.getCurrentActivityId().equals("ServiceTask_StepA") ? "A" : "B";
      if (step.equals("A") && execution.getProcessDefinitionId().startsWith("slowClusterProbe:")) {
        jdbc.execute("select pg_sleep(0.5)");
      }
      jdbc.update("insert into cluster_probe(instance_id, step, node) values (?, ?, ?)",
          execution.getProcessInstanceId(), step, execution.getProcessEngine().getName());
    }
  }

  @Test
  void twoNodesRunEveryJobOnceAndOneTakesOverWhenTheOtherStops() throws Exception {
    TestPostgres.freshDatabase(DATABASE);
    try (ConfigurableApplicationContext node1 = node("node1"); ConfigurableApplicationContext node2 = node("node2")) {
      JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
      jdbc.execute("create table cluster_probe (instance_id varchar(64), step varchar(10), node varchar(20))");
      ProcessEngine engine1 = node1.getBean(ProcessEngine.class);
      ProcessEngine engine2 = node2.getBean(ProcessEngine.class);
      engine1.getRepositoryService().createDeployment().name("cluster-probe")
          .addModelInstance("probe.bpmn", probeProcess("clusterProbe"))
          .addModelInstance("slow-probe.bpmn", probeProcess("slowClusterProbe"))
          .deploy();

      for (int i = 0; i < INSTANCES; i++) {
        (i % 2 == 0 ? engine1 : engine2).getRuntimeService().startProcessInstanceByKey("clusterProbe");
      }
      awaitAllEnded(engine1.getRuntimeService(), "clusterProbe", Duration.ofSeconds(120));

      assertThat(jdbc.queryForObject("select count(*) from cluster_probe", Integer.class)).isEqualTo(2 * INSTANCES);
      assertThat(onceEach(jdbc)).isTrue();
      assertThat(jdbc.queryForList("select distinct node from cluster_probe", String.class))
          .containsExactlyInAnyOrder("node1", "node2");
      assertThat(engine1.getManagementService().createJobQuery().withException().count()).isZero();
      assertThat(engine1.getRuntimeService().createIncidentQuery().count()).isZero();
    }
  }

  @Test
  void whenANodeDiesTheOtherFinishesItsWorkAfterTheLockTimeout() throws Exception {
    TestPostgres.freshDatabase(DATABASE);
    try (ConfigurableApplicationContext node1 = node("node1")) {
      JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
      jdbc.execute("create table cluster_probe (instance_id varchar(64), step varchar(10), node varchar(20))");
      ProcessEngine engine1 = node1.getBean(ProcessEngine.class);
      engine1.getRepositoryService().createDeployment().name("cluster-probe")
          .addModelInstance("slow-probe.bpmn", probeProcess("slowClusterProbe"))
          .deploy();
      var executor = node1.getBean(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl.class).getJobExecutor();
      executor.shutdown();
      for (int i = 0; i < 30; i++) {
        engine1.getRuntimeService().startProcessInstanceByKey("slowClusterProbe");
      }

      // Node 2 in a JVM of its own takes the work, and is killed while it holds locked jobs.
      Process node2 = otherJvmNode("node2");
      try {
        awaitLocked(jdbc, Duration.ofSeconds(90));
        Thread.sleep(300);
      } finally {
        node2.destroyForcibly().waitFor();
      }
      Instant killed = Instant.now();
      int lockedByDeadNode = jdbc.queryForObject(
          "select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()", Integer.class);
      executor.start();
      awaitAllEnded(engine1.getRuntimeService(), "slowClusterProbe", Duration.ofSeconds(120));
      Instant done = Instant.now();

      assertThat(lockedByDeadNode).as("jobs the killed node still held").isPositive();
      assertThat(Duration.between(killed, done)).isGreaterThanOrEqualTo(Duration.ofMillis(LOCK_MILLIS / 2));
      assertThat(onceEach(jdbc)).isTrue();
      assertThat(jdbc.queryForObject("select count(*) from cluster_probe where step = 'B'", Integer.class)).isEqualTo(30);
      assertThat(jdbc.queryForList("select distinct node from cluster_probe", String.class)).contains("node1");
      assertThat(engine1.getRuntimeService().createIncidentQuery().count()).isZero();
    }
  }

  /** Every step of every instance ran exactly once (a run that was rolled back left no row). */
  private static boolean onceEach(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from (select instance_id, step from cluster_probe "
        + "group by instance_id, step having count(*) > 1) twice", Integer.class) == 0;
  }

  private static Process otherJvmNode(String name) throws java.io.IOException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "nl.gemeente.participatie.support.ClusterNode", "engineName=" + name));
    TestPostgres.environmentFor(DATABASE).forEach((key, value) -> command.add(key + "=" + value));
    nodeSettings().forEach((key, value) -> command.add(key + "=" + value));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static Map<String, Object> nodeSettings() {
    return Map.of(
        "camunda.bpm.job-execution.enabled", "true",
        "camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_MILLIS),
        "camunda.bpm.job-execution.wait-time-in-millis", "200",
        "camunda.bpm.job-execution.max-wait", "1000",
        "camunda.bpm.job-execution.max-jobs-per-acquisition", "5",
        "camunda.bpm.job-execution.core-pool-size", "2",
        "camunda.bpm.job-execution.max-pool-size", "2");
  }

  private static ConfigurableApplicationContext node(String name) {
    return ServiceRun.start(DATABASE, name, nodeSettings());
  }

  private static void awaitAllEnded(RuntimeService runtime, String key, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (runtime.createProcessInstanceQuery().processDefinitionKey(key).count() > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()
            + " instances of " + key + " did not finish within " + timeout);
      }
      Thread.sleep(200);
    }
  }

  private static void awaitLocked(JdbcTemplate jdbc, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null", Integer.class) == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the other node locked no job within " + timeout);
      }
      Thread.sleep(20);
    }
  }
}
