package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Acceptance 3 of issue 13: a whole case started from the Tasklist start form, from the melding to
 * its end, leaves the client's BSN nowhere in the engine's tables: not in the runtime, not in the
 * history ({@code ACT_HI_DETAIL} and {@code ACT_HI_VARINST} included), not in byte arrays. Every
 * text and binary column of every {@code act_*} table is searched.
 */
@PostgresServiceTest
class StartFormLeavesNoBsnInTheEngineTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCaseFromTheStartFormToItsEndLeavesNoBsnInAnyEngineTable() {
    ServiceClient client = new ServiceClient(rest);
    CaseDriver driver = new CaseDriver(engine, client);
    String bsn = TestBsn.next();

    ResponseEntity<String> started = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/process-definition/key/participationCase/submit-form", Json.write(Map.of("variables", Map.of(
            "bsn", Map.of("value", bsn),
            "reportDate", Map.of("value", ServiceClient.today()),
            "requestType", Map.of("value", "BIJSTAND"),
            "channel", Map.of("value", "DESK")))));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(Json.parse(started.getBody()).get("id").asText()).singleResult();
    String caseId = instance.getBusinessKey();

    assertThat(driver.submit("caseworker", driver.taskOf(instance), "intake", intake()).getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);
    assertThat(driver.submit("caseworker", driver.task(instance, "UserTask_ReviewEligibility"), "review",
        CaseDriver.review("REFUSE", null, null, "Vermogen boven de grens, art. 34 Participatiewet.")).getStatusCode().value())
        .isEqualTo(204);
    driver.runJobs(instance);
    assertThat(driver.submit("teamlead", driver.task(instance, "UserTask_ApproveDecision"), "approval",
        Map.of("verdict", "APPROVE")).getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);

    assertThat(jdbc.queryForObject("select status from pw_case where case_id = ?", String.class, caseId)).isEqualTo("CLOSED");
    assertThat(jdbc.queryForObject("select bsn from pw_case where case_id = ?", String.class, caseId)).isEqualTo(bsn);
    assertThat(placesHolding(bsn)).isEmpty();
  }

  /** Every table.column of the engine's tables whose value contains the text. */
  private List<String> placesHolding(String text) {
    List<String> places = new ArrayList<>();
    List<Map<String, Object>> columns = jdbc.queryForList("""
        select table_name, column_name, data_type from information_schema.columns
        where table_schema = current_schema() and table_name like 'act\\_%'
          and data_type in ('character varying', 'text', 'character', 'bytea')""");
    assertThat(columns).as("the engine's tables").hasSizeGreaterThan(50);
    for (Map<String, Object> column : columns) {
      String table = (String) column.get("table_name");
      String name = (String) column.get("column_name");
      String condition = "bytea".equals(column.get("data_type"))
          ? "position(convert_to(?, 'UTF8') in " + name + ") > 0"
          : name + " like '%' || ? || '%'";
      Long hits = jdbc.queryForObject("select count(*) from " + table + " where " + condition, Long.class, text);
      if (hits != null && hits > 0) {
        places.add(table + "." + name);
      }
    }
    return places;
  }

  private static Map<String, Object> intake() {
    return CaseDriver.intakeForm("BIJSTAND", true, true);
  }
}
