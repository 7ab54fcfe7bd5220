package nl.gemeente.participatie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.ServiceRun;
import nl.gemeente.participatie.support.TestPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * What operations configure per municipality: history time to live per process and decision, the
 * nightly cleanup window, and the health of database, engine and job executor.
 */
@Tag("standalone")
class OperationsSettingsTest {

  @Test
  void historyTimeToLiveCleanupWindowAndHealth() {
    TestPostgres.freshDatabase("participatie_operations");
    try (ConfigurableApplicationContext service = ServiceRun.start("participatie_operations", "operationstest", Map.of(
        "participatie.demo-users", "true",
        "camunda.bpm.job-execution.enabled", "true",
        "participatie.history.process-time-to-live.trajectoryPurchase", "2555",
        "participatie.history.decision-time-to-live.eligibility", "3650",
        "HISTORY_CLEANUP_WINDOW_START", "23:00"))) {
      ProcessEngine engine = service.getBean(ProcessEngine.class);
      var repository = engine.getRepositoryService();
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("trajectoryPurchase").latestVersion()
          .singleResult().getHistoryTimeToLive()).isEqualTo(2555);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("participationCase").latestVersion()
          .singleResult().getHistoryTimeToLive()).isEqualTo(1825);
      assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility").latestVersion()
          .singleResult().getHistoryTimeToLive()).isEqualTo(3650);

      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("23:00");
      assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
      assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
      assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");

      String port = service.getEnvironment().getProperty("local.server.port");
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth("operator", "operator");
      var health = new RestTemplateBuilder().build().exchange("http://localhost:" + port + "/actuator/health",
          HttpMethod.GET, new HttpEntity<>(headers), String.class);
      var components = Json.parse(health.getBody()).get("components");
      assertThat(Json.parse(health.getBody()).get("status").asText()).isEqualTo("UP");
      assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("UP");
    }
  }
}
