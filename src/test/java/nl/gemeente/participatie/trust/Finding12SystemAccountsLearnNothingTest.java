package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.WebappSession;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Finding 12 of issue 13, the system accounts' side: the engine's authorization errors told a partner
 * account which process instance id belongs to a case number. System accounts now never reach the
 * engine REST API, the actuator or the webapps (ADR 0003): 403 problem+json before the engine sees the
 * request, the same answer for a case that exists and one that does not.
 */
@PostgresServiceTest
class Finding12SystemAccountsLearnNothingTest {

  static final String NO_SUCH_CASE = "PW-1999-999999";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @LocalServerPort int port;

  ServiceClient client;
  String caseId;
  ProcessInstance instance;

  @BeforeEach
  void aRunningCase() {
    client = new ServiceClient(rest);
    caseId = client.newCase();
    instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(caseId).singleResult();
    assertThat(instance).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kluswinkel", "debtpartner", "signals", "woningcorporatie"})
  void aSystemAccountAskingTheEngineForACaseLearnsNothing(String account) {
    ResponseEntity<String> byCase = get(account, "/engine-rest/process-instance?businessKey=" + caseId);
    ResponseEntity<String> byNoCase = get(account, "/engine-rest/process-instance?businessKey=" + NO_SUCH_CASE);
    ResponseEntity<String> byInstance = get(account, "/engine-rest/process-instance/" + instance.getId() + "/variables");
    ResponseEntity<String> history = get(account, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId);

    for (ResponseEntity<String> response : new ResponseEntity[] {byCase, byNoCase, byInstance, history}) {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
      assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
      assertThat(response.getBody()).doesNotContain(instance.getId()).doesNotContain(caseId)
          .doesNotContain(NO_SUCH_CASE).doesNotContain("ProcessInstance").doesNotContain(account);
    }
    // An existing case and a made-up one get the very same answer.
    assertThat(byCase.getBody()).isEqualTo(byNoCase.getBody());
    JsonNode problem = Json.parse(byCase.getBody());
    assertThat(problem.get("status").asInt()).isEqualTo(403);
    assertThat(problem.has("instance")).isFalse();
    // Nothing changed: the case's process runs on, untouched.
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().isEnded())
        .isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kluswinkel", "signals"})
  void aSystemAccountReachesNoActuatorAndNoWebapp(String account) {
    for (String path : new String[] {"/actuator/health", "/actuator/info", "/actuator/prometheus"}) {
      ResponseEntity<String> response = get(account, path);
      assertThat(response.getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }
    // The probes' anonymous health check stays open.
    assertThat(get(null, "/actuator/health").getStatusCode().value()).isEqualTo(200);
    // Not a Camunda user: the webapps do not let it in with its key.
    assertThat(WebappSession.open(port, "default").login("tasklist", account, account)).isEqualTo(401);
    assertThat(WebappSession.open(port, "default").login("cockpit", account, account)).isEqualTo(401);
  }

  private ResponseEntity<String> get(String user, String path) {
    return client.exchange(user, HttpMethod.GET, path, null);
  }
}
