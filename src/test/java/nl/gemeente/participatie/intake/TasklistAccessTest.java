package nl.gemeente.participatie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.WebappSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Who sees the intake task: through the Tasklist webapp itself (its login and the engine API it
 * calls) and through the engine REST API, both governed by Camunda authorizations.
 */
@PostgresServiceTest
class TasklistAccessTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;

  ServiceClient client;
  String caseId;

  @BeforeEach
  void registerCase() {
    client = new ServiceClient(rest);
    caseId = client.newCase();
  }

  @Test
  void aCaseworkerSeesTheIntakeTaskInTasklist() {
    WebappSession tasklist = WebappSession.open(port, "default");

    assertThat(tasklist.login("tasklist", "caseworker", "caseworker")).isEqualTo(200);
    HttpResponse<String> tasks = tasklist.engineGet("/task?processInstanceBusinessKey=" + caseId);

    assertThat(tasks.statusCode()).isEqualTo(200);
    JsonNode list = Json.parse(tasks.body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("name").asText()).isEqualTo("Intakegesprek voeren");
    assertThat(list.get(0).get("taskDefinitionKey").asText()).isEqualTo("UserTask_IntakeConversation");
  }

  @Test
  void anOperatorCannotUseTasklistAndDoesNotSeeTheTask() {
    WebappSession tasklist = WebappSession.open(port, "default");

    assertThat(tasklist.login("tasklist", "operator", "operator")).isEqualTo(403);
    ResponseEntity<String> viaRest = client.exchange("operator", HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + caseId, null);
    assertThat(viaRest.getStatusCode().value()).isEqualTo(200);
    assertThat(Json.parse(viaRest.getBody())).isEmpty();
  }

  @Test
  void anOperatorUsesCockpitAndSeesTheCaseThere() {
    WebappSession cockpit = WebappSession.open(port, "default");

    assertThat(cockpit.login("cockpit", "operator", "operator")).isEqualTo(200);
    // The case map; the intake it calls runs under the same business key.
    HttpResponse<String> instances = cockpit.engineGet("/process-instance?businessKey=" + caseId
        + "&processDefinitionKey=participationCase");
    assertThat(Json.parse(instances.body())).hasSize(1);
    assertThat(Json.parse(cockpit.engineGet("/process-instance?businessKey=" + caseId).body())).hasSize(2);
  }

  @Test
  void theCandidateGroupMayWorkOnTheTaskButNotChangeIt() {
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();

    Authorization grant = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.TASK).resourceId(taskId).groupIdIn("klantmanager").singleResult();

    assertThat(grant.isPermissionGranted(TaskPermissions.READ)).isTrue();
    assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(grant.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
  }

  @Test
  void otherGroupsDoNotSeeACaseworkersTask() {
    ResponseEntity<String> purchaser = client.exchange("purchaser", HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + caseId, null);
    ResponseEntity<String> policy = client.exchange("policy", HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + caseId, null);

    assertThat(Json.parse(purchaser.getBody())).isEmpty();
    assertThat(Json.parse(policy.getBody())).isEmpty();
  }

  @Test
  void policyStaffUseCockpitNotTasklist() {
    WebappSession session = WebappSession.open(port, "default");

    assertThat(session.login("tasklist", "policy", "policy")).isEqualTo(403);
    assertThat(session.login("cockpit", "policy", "policy")).isEqualTo(200);
  }

  @Test
  void theCaseworkerGetsTheTaskFormAndTheSharedFilters() {
    String taskId = Json.parse(client.exchange("caseworker", HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + caseId, null).getBody()).get(0).get("id").asText();

    ResponseEntity<String> form = client.exchange("caseworker", HttpMethod.GET,
        "/engine-rest/task/" + taskId + "/deployed-form", null);
    assertThat(form.getStatusCode().value()).isEqualTo(200);
    assertThat(Json.parse(form.getBody()).get("id").asText()).isEqualTo("intake-conversation");

    JsonNode filters = Json.parse(client.exchange("caseworker", HttpMethod.GET, "/engine-rest/filter", null).getBody());
    assertThat(filters.findValuesAsText("name")).contains("Mijn taken", "Taken van mijn groepen");
    String groupFilter = null;
    for (JsonNode filter : filters) {
      if (filter.get("name").asText().equals("Taken van mijn groepen")) {
        groupFilter = filter.get("id").asText();
      }
    }
    JsonNode inFilter = Json.parse(client.exchange("caseworker", HttpMethod.GET,
        "/engine-rest/filter/" + groupFilter + "/list?maxResults=1000", null).getBody());
    assertThat(inFilter.findValuesAsText("id")).contains(taskId);
  }
}
