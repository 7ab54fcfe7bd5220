package nl.gemeente.participatie.signals;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/signals}: never lost, never twice, nothing stored from a bad or unauthenticated one. */
@PostgresServiceTest
class SignalApiTest {

  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;
  CaseDriver driver;
  LocalDate today;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    today = LocalDate.now(AMSTERDAM);
  }

  @Test
  void aSignalForAPersonWithoutARunningCaseIsStoredAndAnswered202() {
    String bsn = TestBsn.next();
    String externalId = "brp-" + bsn + "-1";

    ResponseEntity<String> response = post("signals", signal(externalId, "BRP", "MOVED", null, bsn));

    assertThat(response.getStatusCode().value()).isEqualTo(202);
    JsonNode body = Json.parse(response.getBody());
    assertThat(body.get("status").asText()).isEqualTo("NO_RUNNING_CASE");
    assertThat(body.get("message").asText()).isEqualTo("no running case");
    assertThat(response.getBody()).doesNotContain(bsn);
    assertThat(jdbc.queryForMap("select status, kind, bsn, case_id from pw_signal where external_id = ?", externalId))
        .containsEntry("status", "NO_RUNNING_CASE").containsEntry("kind", "MOVED").containsEntry("bsn", bsn)
        .containsEntry("case_id", null);
  }

  @Test
  void theSameSignalTwiceStartsOneCheck() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    Map<String, Object> detention = signal("ib-" + bsn, "INLICHTINGENBUREAU", "DETENTION", null, bsn);

    ResponseEntity<String> first = post("signals", detention);
    ResponseEntity<String> second = post("signals", detention);

    assertThat(first.getStatusCode().value()).isEqualTo(202);
    assertThat(second.getStatusCode().value()).isEqualTo(200);
    assertThat(Json.parse(second.getBody()).get("duplicate").asBoolean()).isTrue();
    assertThat(Json.parse(second.getBody()).get("signalId").asText()).isEqualTo(Json.parse(first.getBody()).get("signalId").asText());
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("UserTask_CheckSignal").count())
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from pw_signal where external_id = ?", Integer.class, "ib-" + bsn))
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no signal id            | signals    | {\"source\":\"BRP\",\"kind\":\"MOVED\",\"bsn\":\"@bsn\",\"occurredOn\":\"@today\"}                        | signalId",
      "kind of another source  | signals    | {\"signalId\":\"x1\",\"source\":\"BRP\",\"kind\":\"DETENTION\",\"bsn\":\"@bsn\",\"occurredOn\":\"@today\"} | kind",
      "unknown kind            | signals    | {\"signalId\":\"x2\",\"source\":\"BRP\",\"kind\":\"MARRIED\",\"bsn\":\"@bsn\",\"occurredOn\":\"@today\"}   | kind",
      "no person               | signals    | {\"signalId\":\"x3\",\"source\":\"BRP\",\"kind\":\"MOVED\",\"occurredOn\":\"@today\"}                      | caseId",
      "BSN failing eleven test | signals    | {\"signalId\":\"x4\",\"source\":\"BRP\",\"kind\":\"MOVED\",\"bsn\":\"123456789\",\"occurredOn\":\"@today\"} | bsn",
      "in the future           | signals    | {\"signalId\":\"x5\",\"source\":\"BRP\",\"kind\":\"MOVED\",\"bsn\":\"@bsn\",\"occurredOn\":\"@future\"}    | occurredOn",
      "stay abroad, no days    | caseworker | {\"signalId\":\"x6\",\"source\":\"CLIENT\",\"kind\":\"STAY_ABROAD\",\"bsn\":\"@bsn\",\"occurredOn\":\"@today\"} | daysAbroad",
      "caseworker sends BRP's  | caseworker | {\"signalId\":\"x7\",\"source\":\"BRP\",\"kind\":\"MOVED\",\"bsn\":\"@bsn\",\"occurredOn\":\"@today\"}      | source",
      "unknown field           | signals    | {\"signalId\":\"x8\",\"source\":\"BRP\",\"kind\":\"MOVED\",\"bsn\":\"@bsn\",\"occurredOn\":\"@today\",\"naam\":\"Jan\"} | naam"})
  void aMalformedSignalIsRefusedAndNothingIsStored(String what, String sender, String body, String field) {
    String bsn = TestBsn.next();
    int before = jdbc.queryForObject("select count(*) from pw_signal", Integer.class);

    ResponseEntity<String> response = client.exchange(sender, HttpMethod.POST, "/api/signals",
        body.replace("@bsn", bsn).replace("@today", today.toString()).replace("@future", today.plusDays(5).toString()));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    assertThat(response.getBody()).doesNotContain(bsn);
    assertThat(Json.parse(response.getBody()).get("errors").findValuesAsText("field")).contains(field);
    assertThat(jdbc.queryForObject("select count(*) from pw_signal", Integer.class)).isEqualTo(before);
  }

  @Test
  void aBsnThatDoesNotBelongToTheCaseIsRefused() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ResponseEntity<String> response = post("signals", signal("brp-mismatch-" + caseId, "BRP", "MOVED", caseId, TestBsn.next()));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(Json.parse(response.getBody()).get("errors").findValuesAsText("field")).contains("bsn");
  }

  @Test
  void unauthenticatedOrOtherGroupsAreRefusedAndNothingIsStored() {
    int before = jdbc.queryForObject("select count(*) from pw_signal", Integer.class);
    Map<String, Object> moved = signal("brp-auth-" + TestBsn.next(), "BRP", "MOVED", null, TestBsn.next());

    assertThat(post(null, moved).getStatusCode().value()).isEqualTo(401);
    // the same signal from the signal suppliers' account is taken: the only row added below
    assertThat(post("signals", moved).getStatusCode().value()).isEqualTo(202);
    assertThat(post("operator", signal("brp-op-" + TestBsn.next(), "BRP", "MOVED", null, TestBsn.next()))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(post("purchaser", signal("brp-pu-" + TestBsn.next(), "BRP", "MOVED", null, TestBsn.next()))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(post("debtpartner", signal("brp-dp-" + TestBsn.next(), "BRP", "MOVED", null, TestBsn.next()))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from pw_signal", Integer.class)).isEqualTo(before + 1);
  }

  private ResponseEntity<String> post(String user, Map<String, Object> body) {
    return client.exchange(user, HttpMethod.POST, "/api/signals", Json.write(body));
  }

  private static Map<String, Object> signal(String externalId, String source, String kind, String caseId, String bsn) {
    return ServiceClient.signal(externalId, source, kind, caseId, bsn);
  }
}
