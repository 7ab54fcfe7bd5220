package nl.gemeente.participatie.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case map ({@code participationCase}, ADR 7): it calls one process per stage under the case id as
 * business key, hears the stages' escalations, and holds no stage's working variables.
 */
@PostgresServiceTest
class CaseMapTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
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
  void aGrantedCaseRunsEachStageInAProcessOfItsOwnUnderTheCaseIdAndKeepsTheClientInView() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ProcessInstance map = driver.instanceOf(caseId);

    List<HistoricProcessInstance> processes = historyService.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(map.getId()).orderByProcessInstanceStartTime().asc().list();
    assertThat(processes).extracting(HistoricProcessInstance::getProcessDefinitionKey).containsExactly(
        "participationCase", "caseIntake", "bijstandApplication", "assessmentAndPlan", "clientInView");
    assertThat(processes).extracting(HistoricProcessInstance::getBusinessKey).containsOnly(caseId);
    assertThat(processes).filteredOn(p -> p.getEndTime() == null)
        .extracting(HistoricProcessInstance::getProcessDefinitionKey).containsExactly("participationCase", "clientInView");
    // "Route voorgesteld" started keeping the client in view, from the assessment's process.
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(map.getId())
        .activityId("BoundaryEvent_RouteProposed").count()).isOne();
    assertThat(driver.timer(map, "CatchEvent_ReviewDue").getProcessDefinitionKey()).isEqualTo("clientInView");

    // The map keeps what it decides on; the stages' working variables ended with them.
    assertThat(runtimeService.getVariables(map.getId())).containsEntry("caseNumber", caseId)
        .containsEntry("decision", "GRANT").containsKeys("intake", "applicationFollows")
        .doesNotContainKeys("advice", "adviceSummary", "review", "assessment", "plan", "routeSummary", "bsn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"caseIntake", "bijstandApplication", "assessmentAndPlan", "planRevision", "clientInView",
      "trajectoryPurchase", "outflowToWork"})
  void aStageProcessCannotBeStartedOnItsOwnEvenByAnAdministrator(String processKey) {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();

    ResponseEntity<String> response = client.exchange("demo", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + processKey + "/submit-form", "{\"variables\": {}}");

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertThat(response.getBody()).contains("Dit proces start alleen vanuit een zaak");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count())
        .isEqualTo(before);
  }

  @Test
  void aCaseEndThrownInAStageEndsTheWholeCaseInTheMap() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance map = driver.instanceOf(caseId);
    signal("signals", "BRP", "DECEASED", caseId);
    driver.submit("caseworker", driver.task(map, "UserTask_CheckSignal"), "signalCheck",
        Map.of("outcome", "RECOMPUTE", "reasons", "Overlijden gemeld door de BRP."));
    driver.runJobs(map);
    assertThat(driver.submit("caseworker", driver.task(map, "UserTask_ReviewRecomputation"), "recomputation",
        Map.of("decision", "END", "effectiveDate", LocalDate.now(ServiceClient.AMSTERDAM).toString(),
            "caseResult", "DECEASED", "reasons", "Overleden.")).getStatusCode().value()).isEqualTo(204);
    driver.runJobs(map);

    // Thrown in clientInView ("Zaak beëindigen"), closed by the map with the result the stage decided.
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(map.getId())
        .activityId("ServiceTask_CloseCaseWithResult").finished().count()).isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
    assertThat(jdbc.queryForMap("select status, outcome from pw_case where case_id = ?", caseId))
        .containsEntry("status", "CLOSED").containsEntry("outcome", "DECEASED");
  }

  @Test
  void aSignalBeforeTheClientIsInViewIsRecordedAsForAPersonWithoutARunningCase() {
    String caseId = driver.applyFor(TestBsn.next());
    ProcessInstance map = driver.instanceOf(caseId);
    assertThat(driver.stageOf(caseId, "bijstandApplication")).isNotNull();

    JsonNode received = signal("signals", "BRP", "MOVED", caseId);

    assertThat(received.get("status").asText()).isEqualTo("NO_RUNNING_CASE");
    assertThat(driver.task(map, "UserTask_CheckSignal")).isNull();
    assertThat(jdbc.queryForObject("select count(*) from pw_signal where status = 'NO_RUNNING_CASE' and signal_id = ?",
        Integer.class, received.get("signalId").asText())).isOne();

    // Once the route is proposed, the same kind of signal starts a check in the case.
    String inView = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    assertThat(signal("signals", "BRP", "MOVED", inView).get("status").asText()).isEqualTo("CHECK_STARTED");
    assertThat(driver.processKeyOf(driver.task(driver.instanceOf(inView), "UserTask_CheckSignal"))).isEqualTo("clientInView");
  }

  @Test
  void missedAppointmentsBeforeTheClientIsInViewStartNoVisitAndChangeNothing() {
    String caseId = driver.applyFor(TestBsn.next());
    LocalDate today = LocalDate.now(ServiceClient.AMSTERDAM);
    assertThat(missed(caseId, today.minusDays(7)).getStatusCode().value()).isEqualTo(201);

    ResponseEntity<String> second = missed(caseId, today);

    assertThat(second.getStatusCode().value()).as(second.getBody()).isEqualTo(409);
    assertThat(jdbc.queryForObject("select count(*) from pw_missed_appointment where case_id = ?", Integer.class, caseId))
        .isOne();
    assertThat(driver.task(driver.instanceOf(caseId), "UserTask_HomeVisit")).isNull();
  }

  private ResponseEntity<String> missed(String caseId, LocalDate date) {
    return client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/missed-appointments",
        Json.write(Map.of("date", date.toString(), "kind", "CONVERSATION")));
  }

  private JsonNode signal(String sender, String source, String kind, String caseId) {
    Map<String, Object> body = ServiceClient.signal(source + "-" + java.util.UUID.randomUUID(), source, kind, caseId, null);
    ResponseEntity<String> response = client.exchange(sender, HttpMethod.POST, "/api/signals", Json.write(body));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(202);
    return Json.parse(response.getBody());
  }
}
