package nl.gemeente.participatie.assessment;

import static nl.gemeente.participatie.support.CaseDriver.assessment;
import static nl.gemeente.participatie.support.CaseDriver.plan;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process {@code planRevision} ("Plan herzien", bpmn/plan-revision.bpmn): called by the case map's
 * event subprocess when a revision is requested or a job is lost; the caseworker updates the broad
 * intake, the rules propose again, the plan is agreed anew and its next step follows, a placement
 * reaching the case map's outflow.
 */
@PostgresServiceTest
class PlanRevisionProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  CaseDriver driver;
  ServiceClient client;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
  }

  @Test
  void aRevisionRunsInItsOwnProcessAndAPlacementInItStartsTheOutflow() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ProcessInstance map = driver.instanceOf(caseId);

    ResponseEntity<String> requested = client.exchange("caseworker", HttpMethod.POST,
        "/api/cases/" + caseId + "/plan-revision", null);
    assertThat(requested.getStatusCode().value()).isEqualTo(202);

    ProcessInstance revision = driver.stageOf(caseId, "planRevision");
    assertThat(revision.getBusinessKey()).isEqualTo(caseId);
    assertThat(map).isWaitingAt("CallActivity_PlanRevision", "CallActivity_ClientInView");
    Task update = driver.task(map, "UserTask_UpdateAssessment");
    assertThat(driver.processKeyOf(update)).isEqualTo("planRevision");
    assertThat(update).hasCandidateGroup("klantmanager");
    assertThat(driver.submit("caseworker", update, "assessment", assessment(5, 4, 4, 32)).getStatusCode().value())
        .isEqualTo(204);
    driver.runJobs(map);
    Task revise = driver.task(map, "UserTask_RevisePlan");
    assertThat(driver.processKeyOf(revise)).isEqualTo("planRevision");
    assertThat(driver.submit("caseworker", revise, "plan", plan("DIRECT_MEDIATION", null)).getStatusCode().value())
        .isEqualTo(204);

    Task mediation = driver.task(map, "UserTask_JobMediationRevised");
    assertThat(driver.processKeyOf(mediation)).isEqualTo("planRevision");
    assertThat(mediation).hasCandidateGroup("werkgeversservice");
    LocalDate start = LocalDate.now(ServiceClient.AMSTERDAM).plusDays(14);
    assertThat(driver.submit("employer", mediation, "mediation", Map.of("result", "Geplaatst bij Bakkerij De Korenbloem.",
        "placed", true, "jobStartDate", start.toString(), "hoursPerWeek", 32)).getStatusCode().value()).isEqualTo(204);

    // "Baan gestart", thrown in planRevision, reaches the case map's outflow with the job start it recorded.
    assertThat(map).hasPassed("ThrowEvent_RevisedPlacedInJob", "EndEvent_PlanRevisionDone")
        .isWaitingAt("CallActivity_OutflowToWork", "CallActivity_ClientInView");
    ProcessInstance outflow = driver.outflowOf(caseId);
    assertThat(outflow).isNotNull();
    String jobStartId = jdbc.queryForObject("select job_start_id from pw_job_start where case_id = ?", String.class, caseId);
    assertThat(processEngine.getRuntimeService().getVariable(outflow.getId(), "jobStartId")).isEqualTo(jobStartId);
    assertThat(driver.stageOf(caseId, "planRevision")).isNull();
  }
}
