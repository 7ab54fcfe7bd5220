package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Finding 5 of issue 13, on the engine REST API: the same task submitted at the same time (a double
 * click, two tabs, two colleagues). One submission wins; every other gets 409 (the engine lost the
 * race, or the task was already completed), never 500, and the case moves on once.
 */
@PostgresServiceTest
class Finding05TaskSubmittedTwiceAtOnceTest {

  static final int AT_ONCE = 6;

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void oneSubmissionWinsAndTheOthersGet409() throws Exception {
    ServiceClient client = new ServiceClient(rest);
    CaseDriver driver = new CaseDriver(engine, client);
    String caseId = driver.applyFor(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    Task review = driver.task(instance, "UserTask_ReviewEligibility");
    String body = Json.write(Map.of("variables", Map.of("review", Map.of("type", "Json", "value", Json.write(
        CaseDriver.review("REFUSE", null, null, "Vermogen boven de grens, art. 34 Participatiewet."))))));

    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      answers.add(pool.submit(() -> {
        start.await();
        return client.exchange("caseworker", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/submit-form", body);
      }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : answers) {
      ResponseEntity<String> response = answer.get();
      statuses.add(response.getStatusCode().value());
      if (response.getStatusCode().value() != 204) {
        assertThat(response.getHeaders().getContentType()).as(response.getStatusCode() + " " + response.getBody())
            .hasToString("application/problem+json");
      }
    }
    pool.shutdown();

    assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 409);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("UserTask_ReviewEligibility").count()).isEqualTo(1);
    driver.runJobs(instance);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("UserTask_ApproveDecision").count()).isEqualTo(1);
  }

  @Test
  void aTaskSubmittedAgainAfterItWasCompletedGets409() {
    ServiceClient client = new ServiceClient(rest);
    CaseDriver driver = new CaseDriver(engine, client);
    String caseId = client.newCase();
    Task intake = driver.taskOf(driver.instanceOf(caseId));
    String body = Json.write(Map.of("variables", Map.of("intake", Map.of("type", "Json", "value",
        Json.write(CaseDriver.withdrawnIntake("Klant ziet af van de melding."))))));

    assertThat(client.exchange("caseworker", HttpMethod.POST, "/engine-rest/task/" + intake.getId() + "/submit-form", body)
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> again = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/task/" + intake.getId() + "/submit-form", body);

    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(Json.parse(again.getBody()).get("message").asText()).contains("al afgerond");
  }
}
