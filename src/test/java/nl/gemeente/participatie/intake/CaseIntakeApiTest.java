package nl.gemeente.participatie.intake;

import static nl.gemeente.participatie.support.ServiceClient.melding;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/cases} and {@code GET /api/cases/{id}} against the running service on PostgreSQL. */
@PostgresServiceTest
class CaseIntakeApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;

  ServiceClient client;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
  }

  @Test
  void aValidMeldingGives201AndExactlyOneProcessInstanceWithTheCaseIdAsBusinessKey() {
    String bsn = TestBsn.next();

    ResponseEntity<String> response = client.postCase("caseworker", melding(bsn));

    assertThat(response.getStatusCode().value()).isEqualTo(201);
    JsonNode body = Json.parse(response.getBody());
    String caseId = body.get("caseId").asText();
    assertThat(caseId).matches("PW-\\d{4}-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + caseId);
    assertThat(body.get("status").asText()).isEqualTo("OPEN");
    assertThat(body.get("stage").asText()).isEqualTo("INTAKE");

    // One case map (it calls the intake as a process of its own, with the same business key).
    List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(caseId).list();
    assertThat(instances).hasSize(1);
    assertThat(instances.get(0).getProcessDefinitionId()).startsWith("participationCase:");
    assertThat(jdbc.queryForObject("select process_instance_id from pw_case where case_id = ?", String.class, caseId))
        .isEqualTo(instances.get(0).getId());
    // The BSN stays in the case register; the process knows the case id only.
    assertThat(runtimeService.getVariables(instances.get(0).getId()))
        .containsEntry("caseNumber", caseId)
        .doesNotContainKey("caseId")
        .doesNotContainValue(bsn);
  }

  @Test
  void getShowsStatusStageAndTheOpenIntakeTask() {
    String caseId = client.newCase();

    ResponseEntity<String> response = client.getCase("caseworker", caseId);

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    JsonNode body = Json.parse(response.getBody());
    assertThat(body.get("caseId").asText()).isEqualTo(caseId);
    assertThat(body.get("status").asText()).isEqualTo("OPEN");
    assertThat(body.get("stage").asText()).isEqualTo("INTAKE");
    assertThat(body.get("requestType").asText()).isEqualTo("BIJSTAND");
    assertThat(body.has("bsn")).isFalse();
    JsonNode task = body.get("openTasks").get(0);
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("UserTask_IntakeConversation");
    assertThat(task.get("name").asText()).isEqualTo("Intakegesprek voeren");
    assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("klantmanager");
  }

  @Test
  void getOfAnUnknownCaseGives404ProblemJson() {
    ResponseEntity<String> response = client.getCase("caseworker", "PW-1999-999999");

    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  static Stream<Arguments> badInput() {
    String valid = TestBsn.next();
    return Stream.of(
        Arguments.of("bsn missing", withField(valid, "bsn", null), "bsn"),
        Arguments.of("bsn not nine digits", withField(valid, "bsn", "12345"), "bsn"),
        Arguments.of("bsn fails eleven test", withField(valid, "bsn", "123456789"), "bsn"),
        Arguments.of("report date missing", withField(valid, "reportDate", null), "reportDate"),
        Arguments.of("report date not a date", withField(valid, "reportDate", "23-11-2026"), "reportDate"),
        Arguments.of("report date in the future", withField(valid, "reportDate", "2999-01-01"), "reportDate"),
        Arguments.of("request type missing", withField(valid, "requestType", null), "requestType"),
        Arguments.of("request type unknown", withField(valid, "requestType", "WAJONG"), "requestType"),
        Arguments.of("channel missing", withField(valid, "channel", null), "channel"),
        Arguments.of("channel unknown", withField(valid, "channel", "FAX"), "channel"),
        Arguments.of("unknown field", withField(valid, "reportdate", "2026-01-01"), "reportdate"),
        Arguments.of("wrong type", "{\"bsn\": [\"" + valid + "\"], \"reportDate\": \"2026-01-01\"}", "bsn"),
        Arguments.of("not JSON", "{\"bsn\": \"" + valid + "\", ", null),
        Arguments.of("empty body", "", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInputGives400ProblemJsonNamingTheFieldAndCreatesNothing(String description, Object body, String field) {
    long cases = countCases();
    long processes = countProcessInstancesEver();

    ResponseEntity<String> response = client.postCase("caseworker", body);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = Json.parse(response.getBody());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    if (field != null) {
      assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
    }
    // The answer does not echo personal data back.
    String text = response.getBody();
    assertThat(text).doesNotContainPattern("\\d{9}");
    assertThat(countCases()).isEqualTo(cases);
    assertThat(countProcessInstancesEver()).isEqualTo(processes);
  }

  @Test
  void aSecondOpenCaseForOneBsnGives409NamingTheExistingCase() {
    String bsn = TestBsn.next();
    String first = Json.parse(client.postCase("caseworker", melding(bsn)).getBody()).get("caseId").asText();
    long processes = countProcessInstancesEver();

    Map<String, Object> again = melding(bsn);
    again.put("requestType", "WORK_SUPPORT_ONLY");
    ResponseEntity<String> response = client.postCase("caseworker", again);

    assertThat(response.getStatusCode().value()).isEqualTo(409);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(Json.parse(response.getBody()).get("existingCaseId").asText()).isEqualTo(first);
    assertThat(response.getBody()).doesNotContain(bsn);
    assertThat(countProcessInstancesEver()).isEqualTo(processes);
    assertThat(jdbc.queryForObject("select count(*) from pw_case where bsn = ?", Long.class, bsn)).isEqualTo(1);
  }

  @Test
  void concurrentMeldingenForOneBsnCreateExactlyOneCase() throws Exception {
    String bsn = TestBsn.next();
    int attempts = 6;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        calls.add(() -> client.postCase("caseworker", melding(bsn)).getStatusCode().value());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> future : pool.invokeAll(calls)) {
        statuses.add(future.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    String caseId = jdbc.queryForObject("select case_id from pw_case where bsn = ?", String.class, bsn);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(caseId).count()).isEqualTo(1);
  }

  @Test
  void noCredentialsGive401AndCreateNothing() {
    long cases = countCases();

    ResponseEntity<String> post = client.postCase(null, melding(TestBsn.next()));
    ResponseEntity<String> get = client.getCase(null, "PW-2026-000001");
    ResponseEntity<String> engine = client.exchange(null, HttpMethod.GET, "/engine-rest/task", null);

    assertThat(post.getStatusCode().value()).isEqualTo(401);
    assertThat(post.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(post.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(get.getStatusCode().value()).isEqualTo(401);
    assertThat(engine.getStatusCode().value()).isEqualTo(401);
    assertThat(countCases()).isEqualTo(cases);
  }

  @Test
  void aWrongPasswordGives401() {
    // A user of its own: Camunda locks a user out for a few seconds after a failed login.
    String userId = "wrongpassword" + TestBsn.next();
    User user = identityService.newUser(userId);
    user.setPassword("right-password");
    identityService.saveUser(user);
    identityService.createMembership(userId, "klantmanager");

    ResponseEntity<String> wrong = rest.withBasicAuth(userId, "wrong-password")
        .getForEntity("/api/cases/PW-2026-000001", String.class);

    assertThat(wrong.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void onlyCaseworkersRegisterCases() {
    long cases = countCases();

    ResponseEntity<String> response = client.postCase("operator", melding(TestBsn.next()));

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(countCases()).isEqualTo(cases);
  }

  private static String withField(String bsn, String field, String value) {
    Map<String, Object> body = melding(bsn);
    if (value == null) {
      body.remove(field);
    } else {
      body.put(field, value);
    }
    return Json.write(body);
  }

  private long countCases() {
    return jdbc.queryForObject("select count(*) from pw_case", Long.class);
  }

  private long countProcessInstancesEver() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("participationCase").count();
  }
}
