package nl.gemeente.participatie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.ServiceRun;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.support.TestFiles;
import nl.gemeente.participatie.support.TestPartners;
import nl.gemeente.participatie.support.TestPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases that run when the release with the case map and its stage processes is deployed run out on
 * the model version they started on (ADR 7): the earlier single process stays deployed, its element
 * ids, delegates, messages and variables are all still served. A service on the previous release's
 * models (src/test/resources/legacy/participation-case-v1.bpmn, without the stage processes) takes
 * cases into the middle of their way; the service restarts with this release's models, as an update
 * does; the old cases go on and end on version 1, and a new case starts on the case map.
 */
@Tag("standalone")
class RunningCasesRunOutTest {

  static final String DATABASE = "participatie_runout";
  static final List<String> STAGE_FILES = List.of("intake.bpmn", "application.bpmn", "assessment.bpmn",
      "plan-revision.bpmn", "client-in-view.bpmn");

  @TempDir Path models;

  @Test
  void aCaseStartedOnTheSingleProcessRunsOutOnItAfterTheCaseMapIsDeployed() throws IOException {
    TestFiles.copyTree(Path.of("bpmn"), models.resolve("bpmn"));
    TestFiles.copyTree(Path.of("dmn"), models.resolve("dmn"));
    for (String stage : STAGE_FILES) {
      Files.delete(models.resolve("bpmn").resolve(stage));
    }
    Files.copy(Path.of("src/test/resources/legacy/participation-case-v1.bpmn"),
        models.resolve("bpmn/participation-case.bpmn"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    TestPostgres.freshDatabase(DATABASE);

    String inAssessment;
    String granted;
    String oldDefinition;
    try (ConfigurableApplicationContext service = start()) {
      ProcessEngine engine = service.getBean(ProcessEngine.class);
      CaseDriver driver = driver(service);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("caseIntake").count())
          .isZero();

      // One case at the broad intake (work support only), one granted and planned, kept in view.
      inAssessment = driver.workSupportOnly(TestBsn.next());
      assertThat(driver.taskOf(driver.instanceOf(inAssessment)).getTaskDefinitionKey()).isEqualTo("UserTask_BroadIntake");
      granted = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
      oldDefinition = driver.instanceOf(granted).getProcessDefinitionId();
      assertThat(driver.instanceOf(inAssessment).getProcessDefinitionId()).isEqualTo(oldDefinition);
    }

    // The update: this release's models, deployed at start-up as the service always does.
    TestFiles.copyTree(Path.of("bpmn"), models.resolve("bpmn"));
    try (ConfigurableApplicationContext service = start()) {
      ProcessEngine engine = service.getBean(ProcessEngine.class);
      CaseDriver driver = driver(service);
      ServiceClient client = client(service);
      JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
      ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("participationCase").latestVersion().singleResult();
      assertThat(latest.getId()).isNotEqualTo(oldDefinition);
      assertThat(latest.getVersion()).isEqualTo(2);
      assertThat((Object) engine.getRepositoryService().getBpmnModelInstance(latest.getId())
          .getModelElementById("CallActivity_Intake")).isNotNull();

      // The case in the assessment goes on on version 1: broad intake, plan, reviews, a signal that ends it.
      ProcessInstance old = driver.instanceOf(inAssessment);
      assertThat(old.getProcessDefinitionId()).isEqualTo(oldDefinition);
      assertThat(driver.submit("caseworker", driver.taskOf(old), "assessment", CaseDriver.assessment(5, 4, 4, 32))
          .getStatusCode().value()).isEqualTo(204);
      driver.runJobs(old);
      assertThat(driver.submit("caseworker", driver.task(old, "UserTask_Plan"), "plan",
          CaseDriver.plan("CARE_FIRST", "Zorg eerst.")).getStatusCode().value()).isEqualTo(204);
      assertThat(driver.timer(old, "CatchEvent_ReviewDue")).isNotNull();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(inAssessment)
          .list()).extracting(ProcessInstance::getProcessDefinitionId).containsOnly(oldDefinition);
      endByDeath(driver, client, old, inAssessment);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(inAssessment).count())
          .isZero();
      assertThat(jdbc.queryForMap("select status, outcome from pw_case where case_id = ?", inAssessment))
          .containsEntry("status", "CLOSED").containsEntry("outcome", "DECEASED");

      // The granted case, kept in view on version 1, ends the same way (with a besluit for its benefit).
      ProcessInstance grantedCase = driver.instanceOf(granted);
      assertThat(grantedCase.getProcessDefinitionId()).isEqualTo(oldDefinition);
      endByDeath(driver, client, grantedCase, granted);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(grantedCase.getId())
          .singleResult().getEndTime()).isNotNull();
      assertThat(jdbc.queryForMap("select status, outcome from pw_case where case_id = ?", granted))
          .containsEntry("status", "CLOSED").containsEntry("outcome", "DECEASED");

      // A new case starts on the case map, its intake in a process of its own.
      String fresh = client.newCase();
      ProcessInstance map = driver.instanceOf(fresh);
      assertThat(map.getProcessDefinitionId()).isEqualTo(latest.getId());
      Task intake = driver.taskOf(map);
      assertThat(intake.getTaskDefinitionKey()).isEqualTo("UserTask_IntakeConversation");
      assertThat(driver.processKeyOf(intake)).isEqualTo("caseIntake");
    }
  }

  /** A death reported by the BRP; the caseworker recomputes and ends the benefit and the case. */
  private static void endByDeath(CaseDriver driver, ServiceClient client, ProcessInstance instance, String caseId) {
    ResponseEntity<String> signal = client.exchange("signals", HttpMethod.POST, "/api/signals", Json.write(
        ServiceClient.signal("BRP-" + java.util.UUID.randomUUID(), "BRP", "DECEASED", caseId, null)));
    assertThat(signal.getStatusCode().value()).as(signal.getBody()).isEqualTo(202);
    assertThat(Json.parse(signal.getBody()).get("status").asText()).isEqualTo("CHECK_STARTED");
    assertThat(driver.submit("caseworker", driver.task(instance, "UserTask_CheckSignal"), "signalCheck",
        Map.of("outcome", "RECOMPUTE", "reasons", "Overlijden gemeld door de BRP.")).getStatusCode().value())
        .isEqualTo(204);
    driver.runJobs(instance);
    assertThat(driver.submit("caseworker", driver.task(instance, "UserTask_ReviewRecomputation"), "recomputation",
        Map.of("decision", "END", "effectiveDate", LocalDate.now(ServiceClient.AMSTERDAM).toString(),
            "caseResult", "DECEASED", "reasons", "Overleden.")).getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);
  }

  private ConfigurableApplicationContext start() {
    Map<String, Object> settings = new HashMap<>(TestPartners.environment());
    settings.put("participatie.models.location", models.toUri().toString());
    settings.put("participatie.demo-users", "true");
    // "default": the engine REST API (Tasklist's submit-form, which the driver uses) serves the default engine.
    return ServiceRun.start(DATABASE, "default", settings);
  }

  private static ServiceClient client(ConfigurableApplicationContext service) {
    String port = service.getEnvironment().getProperty("local.server.port");
    return new ServiceClient(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
  }

  private static CaseDriver driver(ConfigurableApplicationContext service) {
    return new CaseDriver(service.getBean(ProcessEngine.class), client(service));
  }
}
