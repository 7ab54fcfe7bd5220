package nl.gemeente.participatie.trust;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.trajectory.BudgetLedger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 5: the same request many times at the same moment. One wins; the others get the first
 * answer again (where the call is idempotent) or 409 problem+json, never 500; nothing is stored or
 * started twice. Each test fires N real HTTP calls released together by a latch.
 */
@PostgresServiceTest
class Finding05RacesTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired BudgetLedger ledger;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;
  CaseDriver driver;
  LocalDate today;
  ExecutorService pool;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    today = LocalDate.now(AMSTERDAM);
    pool = Executors.newFixedThreadPool(16);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void theSameJobStartTenTimesAtOnceStartsOneOutflowAndEveryCallGetsItsId() throws Exception {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    String body = Json.write(Map.of("startDate", today.toString(), "hoursPerWeek", 24));

    List<ResponseEntity<String>> answers = atOnce(10,
        () -> client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/job-start", body));

    assertThat(statuses(answers)).as(bodies(answers)).containsOnly(202);
    assertThat(answers.stream().map(a -> Json.parse(a.getBody()).get("jobStartId").asText()).distinct()).hasSize(1);
    assertThat(answers.stream().filter(a -> Json.parse(a.getBody()).get("status").asText().equals("OUTFLOW_STARTED")))
        .hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from pw_job_start where case_id = ?", Integer.class, caseId))
        .isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("outflowToWork")
        .processInstanceBusinessKey(caseId).count()).isEqualTo(1);
  }

  @Test
  void theSameSignalFifteenTimesAtOnceIsStoredOnceAndAnsweredAsADuplicateThereafter() throws Exception {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    String externalId = "ib-race-" + bsn;
    String body = Json.write(ServiceClient.signal(externalId, "INLICHTINGENBUREAU", "DETENTION", null, bsn));

    List<ResponseEntity<String>> answers = atOnce(15, () -> client.exchange("signals", HttpMethod.POST, "/api/signals", body));

    assertThat(statuses(answers)).as(bodies(answers)).containsOnly(202, 200);
    assertThat(statuses(answers).stream().filter(status -> status == 202)).hasSize(1);
    assertThat(answers.stream().map(a -> Json.parse(a.getBody()).get("signalId").asText()).distinct()).hasSize(1);
    answers.stream().filter(a -> a.getStatusCode().value() == 200)
        .forEach(a -> assertThat(Json.parse(a.getBody()).get("duplicate").asBoolean()).isTrue());
    assertThat(jdbc.queryForObject("select count(*) from pw_signal where external_id = ?", Integer.class, externalId))
        .isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("UserTask_CheckSignal")
        .count()).isEqualTo(1);
  }

  @Test
  void tenMeldingenForOnePersonAtOnceRegisterOneCaseAndRefuseTheRestWith409() throws Exception {
    String bsn = TestBsn.next();
    String body = Json.write(ServiceClient.melding(bsn));

    List<ResponseEntity<String>> answers = atOnce(10, () -> client.exchange("caseworker", HttpMethod.POST, "/api/cases", body));

    assertThat(statuses(answers)).as(bodies(answers)).containsOnly(201, 409);
    assertThat(statuses(answers).stream().filter(status -> status == 201)).hasSize(1);
    String caseId = answers.stream().filter(a -> a.getStatusCode().value() == 201)
        .map(a -> Json.parse(a.getBody()).get("caseId").asText()).findFirst().orElseThrow();
    answers.stream().filter(a -> a.getStatusCode().value() == 409).forEach(a -> {
      assertThat(a.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
      assertThat(a.getBody()).doesNotContain(bsn);
    });
    assertThat(jdbc.queryForObject("select count(*) from pw_case where bsn = ?", Integer.class, bsn)).isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(caseId).count()).isEqualTo(1);
  }

  @Test
  void theSameMissedAppointmentTenTimesAtOnceIsCountedOnce() throws Exception {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    String body = Json.write(Map.of("date", today.toString(), "kind", "PROGRESS_REVIEW"));

    List<ResponseEntity<String>> answers = atOnce(10,
        () -> client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/missed-appointments", body));

    assertThat(statuses(answers)).as(bodies(answers)).containsOnly(201);
    answers.forEach(a -> assertThat(Json.parse(a.getBody()).get("missedAppointments").asInt()).isEqualTo(1));
    assertThat(jdbc.queryForObject("select count(*) from pw_missed_appointment where case_id = ?", Integer.class, caseId))
        .isEqualTo(1);
  }

  @Test
  void tenPlanRevisionsAtOnceStartOneAndRefuseTheRestWith409() throws Exception {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");

    List<ResponseEntity<String>> answers = atOnce(10,
        () -> client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/plan-revision", null));

    assertThat(statuses(answers)).as(bodies(answers)).containsOnly(202, 409);
    assertThat(statuses(answers).stream().filter(status -> status == 202)).hasSize(1);
    answers.stream().filter(a -> a.getStatusCode().value() == 409)
        .forEach(a -> assertThat(a.getHeaders().getContentType().toString()).isEqualTo("application/problem+json"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("UserTask_UpdateAssessment")
        .count()).isEqualTo(1);
  }

  @Test
  void aPartnerAcceptingTenTimesAtOnceIsRecordedOnceAndEveryCallIsAnswered200() throws Exception {
    String partner = "taal-en-werk";
    ledger.setBudget(today.getYear(), "WORK_FIT_TRAJECTORY", new BigDecimal("10000000"));
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    String assignment = driver.assignmentOf(purchase);
    assertThat(jdbc.queryForObject("select partner_id from pw_assignment where assignment_id = ?", String.class, assignment))
        .isEqualTo(partner);

    List<ResponseEntity<String>> answers = atOnce(10, () -> client.exchange(partner, HttpMethod.POST,
        "/api/partners/assignments/" + assignment + "/answer", "{\"accepted\": true}"));

    assertThat(statuses(answers)).as(bodies(answers)).containsOnly(200);
    assertThat(answers.stream().filter(a -> Json.parse(a.getBody()).get("effect").asText().equals("RECORDED"))).hasSize(1);
    assertThat(jdbc.queryForObject("select status from pw_assignment where assignment_id = ?", String.class, assignment))
        .isEqualTo("ACCEPTED");
    assertThat(jdbc.queryForObject("select count(*) from pw_assignment where case_id = ?", Integer.class,
        purchase.getBusinessKey())).isEqualTo(1);
  }

  @Test
  void theSameProgressReportTenTimesAtOnceIsRecordedOnce() throws Exception {
    String partner = "taal-en-werk";
    ledger.setBudget(today.getYear(), "WORK_FIT_TRAJECTORY", new BigDecimal("10000000"));
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    String assignment = driver.assignmentOf(purchase);
    assertThat(client.exchange(partner, HttpMethod.POST, "/api/partners/assignments/" + assignment + "/answer",
        "{\"accepted\": true}").getStatusCode().value()).isEqualTo(200);

    List<ResponseEntity<String>> answers = atOnce(10, () -> client.exchange(partner, HttpMethod.POST,
        "/api/partners/assignments/" + assignment + "/progress", "{\"reportId\": \"R-race\", \"summary\": \"Goede start.\"}"));

    assertThat(statuses(answers)).as(bodies(answers)).containsOnly(200);
    assertThat(answers.stream().filter(a -> Json.parse(a.getBody()).get("effect").asText().equals("RECORDED"))).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from pw_assignment_event where assignment_id = ? and external_id = ?",
        Integer.class, assignment, "R-race")).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSameDebtAssistanceAnswerTenTimesAtOnceIsRecordedOnce() throws Exception {
    String caseId = driver.workSupportOnly(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    Map<String, Object> withDebts = CaseDriver.assessment(5, 4, 4, 32);
    ((Map<String, Object>) withDebts.get("zrm")).put("finances", 2);
    assertThat(driver.submit("caseworker", driver.taskOf(instance), "assessment", withDebts).getStatusCode().value())
        .isEqualTo(204);
    driver.runJobs(instance);
    String referralId = jdbc.queryForObject("select referral_id from pw_debt_referral where case_id = ?", String.class,
        caseId);

    List<ResponseEntity<String>> answers = atOnce(10, () -> client.exchange("debtpartner", HttpMethod.POST,
        "/api/partners/debt-assistance/referrals/" + referralId, "{\"status\": \"TAKEN_ON\"}"));

    assertThat(statuses(answers)).as(bodies(answers)).containsOnly(200);
    assertThat(answers.stream().filter(a -> Json.parse(a.getBody()).get("effect").asText().equals("RECORDED"))).hasSize(1);
    assertThat(jdbc.queryForObject("select status from pw_debt_referral where referral_id = ?", String.class, referralId))
        .isEqualTo("TAKEN_ON");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  /** N calls released at the same moment; their answers. */
  private List<ResponseEntity<String>> atOnce(int n, Supplier<ResponseEntity<String>> call) throws Exception {
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      futures.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        return call.get();
      }));
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<ResponseEntity<String>> answers = new ArrayList<>();
    for (Future<ResponseEntity<String>> future : futures) {
      answers.add(future.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }

  private static List<Integer> statuses(List<ResponseEntity<String>> answers) {
    return answers.stream().map(a -> a.getStatusCode().value()).toList();
  }

  private static String bodies(List<ResponseEntity<String>> answers) {
    return answers.stream().map(a -> a.getStatusCode().value() + " " + a.getBody()).collect(Collectors.joining("\n"));
  }
}
