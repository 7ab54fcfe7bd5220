package nl.gemeente.participatie.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** {@code /actuator/prometheus} for operations: the service's own figures, partner calls, no personal data. */
@PostgresServiceTest
class MetricsEndpointTest {

  @Autowired ProcessEngine processEngine;
  @Autowired TestRestTemplate rest;

  @Test
  void operatorsScrapeTheServicesFiguresAndOthersCannot() {
    String bsn = TestBsn.next();
    CaseDriver driver = new CaseDriver(processEngine, new ServiceClient(rest));
    String caseId = driver.applyFor(bsn);
    driver.runJobs(driver.instanceOf(caseId));

    ResponseEntity<String> scraped = scrape("operator");

    assertThat(scraped.getStatusCode().value()).isEqualTo(200);
    assertThat(scraped.getBody()).contains(
        "participatie_cases_started_total ",
        "participatie_cases_open ",
        "participatie_cases_awb_deadline_within_7_days ",
        "participatie_incidents ",
        "participatie_tasks_open{group=\"klantmanager\"}",
        "participatie_partner_calls_seconds_count{outcome=\"success\",partner=\"BRP\"}",
        "participatie_partner_calls_seconds_count{outcome=\"success\",partner=\"Suwinet-inkomen\"}",
        "jvm_memory_used_bytes")
        .doesNotContain(bsn, caseId);
    assertThat(scrape("caseworker").getStatusCode().value()).isEqualTo(403);
    assertThat(scrape(null).getStatusCode().value()).isEqualTo(401);
  }

  private ResponseEntity<String> scrape(String user) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return rest.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
