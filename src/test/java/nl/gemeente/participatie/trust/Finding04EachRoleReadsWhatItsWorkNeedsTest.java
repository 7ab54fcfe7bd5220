package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Finding 4 of issue 13: the operator ({@code beheer}, "no casework") read every variable, the
 * history details and the decision inputs; team leads read all variables through their task read
 * right. Now the engine enforces the specific variable permissions: operators see instances,
 * incidents, jobs and the diagram without values; team leads see the values of the tasks addressed
 * to them only; policy staff see decision evaluations but no case variables.
 */
@PostgresServiceTest
class Finding04EachRoleReadsWhatItsWorkNeedsTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  ServiceClient client;
  CaseDriver driver;
  ProcessInstance instance;
  Task review;

  @BeforeEach
  void aCaseWithAdviceWaitingForTheCaseworker() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(engine, client);
    String caseId = driver.applyFor(TestBsn.next());
    driver.runJobs(driver.instanceOf(caseId));
    // The advice and the review live in the application's own process (bijstandApplication), called by the case map.
    instance = driver.stageOf(caseId, "bijstandApplication");
    review = driver.task(instance, "UserTask_ReviewEligibility");
    assertThat(driver.runtimeVariables(instance)).containsKeys("intake", "adviceSummary");
  }

  @Test
  void theOperatorSeesTheInstanceButNoValues() {
    String pi = instance.getId();

    assertThat(list("operator", "/engine-rest/process-instance?processInstanceIds=" + pi)).hasSize(1);
    assertThat(get("operator", "/engine-rest/process-definition/" + instance.getProcessDefinitionId() + "/xml")
        .getStatusCode().value()).isEqualTo(200);
    assertThat(get("operator", "/engine-rest/job?processInstanceId=" + pi).getStatusCode().value()).isEqualTo(200);
    assertThat(get("operator", "/engine-rest/incident?processInstanceId=" + pi).getStatusCode().value()).isEqualTo(200);
    assertThat(list("operator", "/engine-rest/history/activity-instance?processInstanceId=" + pi)).isNotEmpty();

    assertThat(get("operator", "/engine-rest/process-instance/" + pi + "/variables").getStatusCode().value()).isEqualTo(403);
    assertThat(list("operator", "/engine-rest/variable-instance?processInstanceIdIn=" + pi)).isEmpty();
    assertThat(list("operator", "/engine-rest/history/variable-instance?processInstanceId=" + pi)).isEmpty();
    assertThat(list("operator", "/engine-rest/history/detail?processInstanceId=" + pi)).isEmpty();
    assertThat(list("operator", "/engine-rest/history/decision-instance?processInstanceId=" + pi
        + "&includeInputs=true&includeOutputs=true")).isEmpty();
    assertThat(get("operator", "/engine-rest/task/" + review.getId() + "/variables").getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void theCaseworkerReadsTheTaskTheyWorkOnButNotTheInstanceAround() {
    assertThat(get("caseworker", "/engine-rest/task/" + review.getId() + "/variables").getStatusCode().value()).isEqualTo(200);
    assertThat(get("caseworker", "/engine-rest/task/" + review.getId() + "/form-variables").getStatusCode().value()).isEqualTo(200);
    assertThat(list("caseworker", "/engine-rest/variable-instance?processInstanceIdIn=" + instance.getId())).isEmpty();
    assertThat(list("caseworker", "/engine-rest/history/detail?processInstanceId=" + instance.getId())).isEmpty();
  }

  @Test
  void theTeamLeadSeesTheTaskToAssignItButReadsItsValuesOnlyWhenItIsAddressedToTheTeamLeads() {
    assertThat(list("teamlead", "/engine-rest/task?processInstanceId=" + instance.getId())).hasSize(1);
    assertThat(get("teamlead", "/engine-rest/task/" + review.getId() + "/variables").getStatusCode().value()).isEqualTo(403);
    assertThat(list("teamlead", "/engine-rest/variable-instance?processInstanceIdIn=" + instance.getId())).isEmpty();

    // A refusal goes to "Besluit goedkeuren (vier ogen)" for the team leads: that task's values are theirs.
    ResponseEntity<String> refused = driver.submit("caseworker", review, "review",
        CaseDriver.review("REFUSE", null, null, "Vermogen boven de grens, art. 34 Participatiewet."));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(204);
    driver.runJobs(instance);
    Task approval = driver.task(instance, "UserTask_ApproveDecision");
    assertThat(get("teamlead", "/engine-rest/task/" + approval.getId() + "/variables").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void policyStaffSeeDecisionEvaluationsButNoCaseVariables() {
    assertThat(list("policy", "/engine-rest/history/decision-instance?decisionDefinitionKey=eligibility&processInstanceId="
        + instance.getId() + "&includeInputs=true")).isNotEmpty();
    assertThat(list("policy", "/engine-rest/process-instance?processInstanceIds=" + instance.getId())).isEmpty();
    assertThat(list("policy", "/engine-rest/variable-instance?processInstanceIdIn=" + instance.getId())).isEmpty();
    assertThat(list("policy", "/engine-rest/history/variable-instance?processInstanceId=" + instance.getId())).isEmpty();
    assertThat(get("policy", "/engine-rest/task/" + review.getId() + "/variables").getStatusCode().value()).isEqualTo(403);
  }

  private ResponseEntity<String> get(String user, String path) {
    return client.exchange(user, HttpMethod.GET, path, null);
  }

  private JsonNode list(String user, String path) {
    ResponseEntity<String> response = get(user, path);
    assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(200);
    return Json.parse(response.getBody());
  }
}
