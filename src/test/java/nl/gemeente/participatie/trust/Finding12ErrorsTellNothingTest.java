package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Finding 12 of issue 13, the engine REST API's part: an authorization error named the process
 * instance that belongs to a case number ("... permission on resource '1f2e...' of type
 * 'ProcessInstance'"), so a user who may not see a case could learn that it exists and its id. Now a
 * request about an existing case and one about a case that does not exist get the same answer, and
 * no refusal names a resource.
 */
@PostgresServiceTest
class Finding12ErrorsTellNothingTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void aCorrelationByCaseNumberAnswersTheSameForAnExistingAndAMissingCase() {
    ServiceClient client = new ServiceClient(rest);
    String caseId = client.newCase();
    ProcessInstance instance = new CaseDriver(engine, client).instanceOf(caseId);

    for (String user : new String[] {"employer", "purchaser", "caseworker", "operator"}) {
      ResponseEntity<String> existing = correlate(client, user, caseId);
      ResponseEntity<String> missing = correlate(client, user, "PW-1999-000001");

      assertThat(existing.getStatusCode().value()).isEqualTo(403);
      assertThat(existing.getBody()).isEqualTo(missing.getBody()).doesNotContain(instance.getId());
    }
  }

  @Test
  void anAuthorizationRefusalDoesNotNameTheResource() {
    ServiceClient client = new ServiceClient(rest);
    ProcessInstance instance = new CaseDriver(engine, client).instanceOf(client.newCase());

    ResponseEntity<String> refused = client.exchange("employer", HttpMethod.GET,
        "/engine-rest/process-instance/" + instance.getId() + "/variables", null);
    ResponseEntity<String> suspend = client.exchange("purchaser", HttpMethod.PUT,
        "/engine-rest/process-instance/" + instance.getId() + "/suspended", "{\"suspended\": true}");

    for (ResponseEntity<String> response : java.util.List.of(refused, suspend)) {
      assertThat(response.getStatusCode().value()).isEqualTo(403);
      assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
      assertThat(response.getBody()).doesNotContain(instance.getId()).doesNotContain("ProcessInstance");
      assertThat(Json.parse(response.getBody()).get("message").asText()).isEqualTo("U heeft geen recht op deze gegevens of handeling.");
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).active().count())
        .isEqualTo(1);
  }

  private static ResponseEntity<String> correlate(ServiceClient client, String user, String businessKey) {
    return client.exchange(user, HttpMethod.POST, "/engine-rest/message",
        Json.write(Map.of("messageName", "JobStartReported", "businessKey", businessKey)));
  }
}
