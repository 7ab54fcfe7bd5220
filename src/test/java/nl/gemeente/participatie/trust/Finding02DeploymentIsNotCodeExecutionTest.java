package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.Job;
import nl.gemeente.participatie.support.PostgresServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Finding 2 of issue 13: policy staff deployed a BPMN whose timer ran
 * {@code identityService.createMembership('policy','camunda-admin')} in the job executor and so made
 * themselves administrator; a DMN with JUEL expressions could do the same. Now policy staff deploy
 * FEEL decisions only, and no expression in any model reaches beans the models do not name.
 */
@PostgresServiceTest
class Finding02DeploymentIsNotCodeExecutionTest {

  static final String ESCALATION = "${identityService.createMembership('policy','camunda-admin')}";

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  @Test
  void policyStaffCannotDeployABpmnThatMakesThemAdministrator() {
    long deployments = repositoryService.createDeploymentQuery().count();

    ResponseEntity<String> attack = deploy("policy", "escalate.bpmn", timerProcess("Process_Escalate", ESCALATION));

    assertThat(attack.getStatusCode().value()).isEqualTo(403);
    assertThat(attack.getBody()).contains("Alleen beslistabellen");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("Process_Escalate").count()).isZero();
    assertThat(managementService.createJobQuery().list()).extracting(Job::getProcessDefinitionKey).doesNotContain("Process_Escalate");
    assertThat(isAdministrator("policy")).isFalse();
  }

  @Test
  void policyStaffCannotDeployFormsOrScriptsEither() {
    assertThat(deploy("policy", "intake-conversation.form", "{\"id\":\"intake-conversation\",\"components\":[]}")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(deploy("policy", "run.js", "java.lang.System.exit(0)").getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void aDecisionWithJuelIsRefusedWhoeverDeploysIt() {
    String juel = decision("Decision_Juel", "juel", "${identityService.createMembership('policy','camunda-admin')}");

    ResponseEntity<String> byPolicy = deploy("policy", "juel.dmn", juel);
    ResponseEntity<String> byAdministrator = deploy("demo", "juel.dmn", juel);

    assertThat(byPolicy.getStatusCode().value()).isEqualTo(403);
    assertThat(byPolicy.getBody()).contains("alleen FEEL");
    assertThat(byAdministrator.getStatusCode().value()).isEqualTo(403);
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("Decision_Juel").count()).isZero();
  }

  @Test
  void policyStaffStillDeployAFeelDecisionFromTheModeler() {
    ResponseEntity<String> feel = deploy("policy", "feel-check.dmn", decision("Decision_FeelCheck", "feel", "\"ok\""));

    assertThat(feel.getStatusCode().value()).as(feel.getBody()).isEqualTo(200);
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("Decision_FeelCheck").count()).isEqualTo(1);
  }

  @Test
  void operatorsAndCaseworkersDeployNothing() {
    assertThat(deploy("operator", "feel-op.dmn", decision("Decision_ByOperator", "feel", "\"x\"")).getStatusCode().value())
        .isEqualTo(403);
    assertThat(deploy("caseworker", "feel-cw.dmn", decision("Decision_ByCaseworker", "feel", "\"x\"")).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void evenAReleasedModelCannotReachBeansTheModelsDoNotName() {
    // An administrator's deployment (no person authenticated, as a release): the expression runs,
    // but the identity service is not among the beans expressions see.
    repositoryService.createDeployment().name("finding-02")
        .addString("escalate-released.bpmn", serviceTaskProcess("Process_EscalateReleased", ESCALATION)).deploy();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("Process_EscalateReleased"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("identityService");
    assertThat(isAdministrator("policy")).isFalse();
  }

  private boolean isAdministrator(String user) {
    return identityService.createUserQuery().userId(user).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
  }

  private ResponseEntity<String> deploy(String user, String fileName, String content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "finding-02");
    parts.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return rest.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
  }

  private static String timerProcess(String key, String expression) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="attack">
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
            <startEvent id="Start"><timerEventDefinition><timeCycle>R/PT1S</timeCycle></timerEventDefinition></startEvent>
            <sequenceFlow id="F1" sourceRef="Start" targetRef="Escalate"/>
            <serviceTask id="Escalate" camunda:expression="%s"/>
            <sequenceFlow id="F2" sourceRef="Escalate" targetRef="End"/>
            <endEvent id="End"/>
          </process>
        </definitions>""".formatted(key, expression);
  }

  private static String serviceTaskProcess(String key, String expression) {
    return timerProcess(key, expression).replace(
        "<startEvent id=\"Start\"><timerEventDefinition><timeCycle>R/PT1S</timeCycle></timerEventDefinition></startEvent>",
        "<startEvent id=\"Start\"/>");
  }

  private static String decision(String key, String language, String output) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_%1$s" name="attack" namespace="attack">
          <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="1">
            <decisionTable id="Table_%1$s">
              <output id="Output_1" name="result" typeRef="string"/>
              <rule id="Rule_1">
                <outputEntry id="Entry_1" expressionLanguage="%2$s"><text>%3$s</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>""".formatted(key, language, output);
  }
}
