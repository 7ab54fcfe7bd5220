package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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

/**
 * Finding 10 of issue 13: a signal's source was whatever the caller said, so a housing corporation
 * could report a BRP death. Each signal account now sends only its configured sources
 * ({@code participatie.system-accounts.<id>.signal-sources}); another source is a 400 problem+json on
 * field {@code source}, nothing stored, the case untouched. The demo account {@code woningcorporatie}
 * may send {@code HOUSING} only.
 */
@PostgresServiceTest
class Finding10SignalSourceTest {

  static final String CORPORATION = "woningcorporatie";
  static final String CHECK_SIGNAL = "UserTask_CheckSignal";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ServiceClient client;
  CaseDriver driver;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
  }

  @Test
  void aHousingCorporationCannotReportABrpDeathButItsOwnSignalIsTaken() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    Map<String, Object> caseBefore = caseRow(caseId);
    long activeBefore = activeInstances(caseId);
    String deathId = "wc-deceased-" + caseId;

    ResponseEntity<String> death = post(CORPORATION, ServiceClient.signal(deathId, "BRP", "DECEASED", caseId, null));

    assertThat(death.getStatusCode().value()).as(death.getBody()).isEqualTo(400);
    assertThat(death.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode problem = Json.parse(death.getBody());
    assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("source");
    assertThat(problem.get("errors").findValuesAsText("message"))
        .containsExactly("this sender may send signals of source [HOUSING] only");
    assertThat(death.getBody()).doesNotContain(caseId);
    // Nothing stored, nothing started: the case is as it was.
    assertThat(signalsWithExternalId(deathId)).isZero();
    assertThat(signalsOfCase(caseId)).isZero();
    assertThat(checks(caseId)).isZero();
    assertThat(caseRow(caseId)).isEqualTo(caseBefore);
    assertThat(activeInstances(caseId)).isEqualTo(activeBefore).isPositive();

    // The same account's own source is taken and starts the check.
    String evictionId = "wc-eviction-" + caseId;
    ResponseEntity<String> eviction = post(CORPORATION, ServiceClient.signal(evictionId, "HOUSING", "EVICTION", caseId, null));

    assertThat(eviction.getStatusCode().value()).as(eviction.getBody()).isEqualTo(202);
    assertThat(Json.parse(eviction.getBody()).get("status").asText()).isEqualTo("CHECK_STARTED");
    assertThat(jdbc.queryForMap("select source, kind, received_by from pw_signal where external_id = ?", evictionId))
        .containsEntry("source", "HOUSING").containsEntry("kind", "EVICTION").containsEntry("received_by", CORPORATION);
    assertThat(checks(caseId)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} sends {1} {2}")
  @CsvSource({
      "woningcorporatie, BRP,                MOVED",
      "woningcorporatie, INLICHTINGENBUREAU, DETENTION",
      "woningcorporatie, CLIENT,             OTHER_INCOME",
      "caseworker,       HOUSING,            RENT_ARREARS"})
  void aSourceTheSenderMayNotSendIsRefusedAlsoWithoutARunningCase(String sender, String source, String kind) {
    String bsn = TestBsn.next();
    String externalId = "wc-" + source + "-" + bsn;

    ResponseEntity<String> response = post(sender, ServiceClient.signal(externalId, source, kind, null, bsn));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(Json.parse(response.getBody()).get("errors").findValuesAsText("field")).containsExactly("source");
    assertThat(response.getBody()).doesNotContain(bsn);
    // Not even recorded as "no running case".
    assertThat(signalsWithExternalId(externalId)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from pw_signal where bsn = ?", Integer.class, bsn)).isZero();
  }

  @Test
  void theSupplierConfiguredForMachineSourcesStillSendsThem() {
    String bsn = TestBsn.next();
    for (String[] signal : new String[][] {{"BRP", "MOVED"}, {"HOUSING", "RENT_ARREARS"}, {"INLICHTINGENBUREAU", "DETENTION"}}) {
      String externalId = "sig-" + signal[0] + "-" + bsn;
      ResponseEntity<String> response = post("signals", ServiceClient.signal(externalId, signal[0], signal[1], null, bsn));
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(202);
      assertThat(signalsWithExternalId(externalId)).isEqualTo(1);
    }
    // but not the client's own: that comes through the caseworker
    String clientId = "sig-CLIENT-" + bsn;
    assertThat(post("signals", ServiceClient.signal(clientId, "CLIENT", "OTHER_INCOME", null, bsn)).getStatusCode().value())
        .isEqualTo(400);
    assertThat(signalsWithExternalId(clientId)).isZero();
  }

  private ResponseEntity<String> post(String user, Map<String, Object> signal) {
    return client.exchange(user, HttpMethod.POST, "/api/signals", Json.write(signal));
  }

  private Map<String, Object> caseRow(String caseId) {
    return jdbc.queryForMap("select * from pw_case where case_id = ?", caseId);
  }

  private long activeInstances(String caseId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).active().count();
  }

  private int signalsWithExternalId(String externalId) {
    return jdbc.queryForObject("select count(*) from pw_signal where external_id = ?", Integer.class, externalId);
  }

  private int signalsOfCase(String caseId) {
    return jdbc.queryForObject("select count(*) from pw_signal where case_id = ?", Integer.class, caseId);
  }

  private long checks(String caseId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(CHECK_SIGNAL).count();
  }
}
