package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.trajectory.BudgetLedger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Finding 11 of issue 13: an expected 409 on a partner callback wrote 171 ERROR lines, a
 * {@code submit-form} on an unknown task 365. An expected refusal is one line at WARN or INFO,
 * without a stack trace.
 */
@PostgresServiceTest
@ExtendWith(OutputCaptureExtension.class)
class Finding11ExpectedRefusalsLogOneLineTest {

  static final String PARTNER = "taal-en-werk";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired BudgetLedger ledger;

  @Test
  void aPartnerChangingItsMindGets409AndOneLogLine(CapturedOutput output) {
    ServiceClient client = new ServiceClient(rest);
    CaseDriver driver = new CaseDriver(engine, client);
    ledger.setBudget(LocalDate.now(ServiceClient.AMSTERDAM).getYear(), "WORK_FIT_TRAJECTORY", new BigDecimal("10000000"));
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    String assignment = driver.assignmentOf(purchase);
    assertThat(answer(client, assignment, false).getStatusCode().value()).isEqualTo(200);

    int before = lines(output).size();
    ResponseEntity<String> changedMind = answer(client, assignment, true);
    List<String> logged = lines(output).subList(before, lines(output).size());

    assertThat(changedMind.getStatusCode().value()).isEqualTo(409);
    assertThat(logged).hasSizeLessThanOrEqualTo(1).noneMatch(line -> line.contains("\"ERROR\""));
  }

  @Test
  void submittingAnUnknownTaskGets404AndOneLogLine(CapturedOutput output) {
    ServiceClient client = new ServiceClient(rest);

    int before = lines(output).size();
    ResponseEntity<String> response = client.exchange("caseworker", HttpMethod.POST,
        "/engine-rest/task/11111111-2222-3333-4444-555555555555/submit-form", "{\"variables\": {}}");
    List<String> logged = lines(output).subList(before, lines(output).size());

    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0)).contains("\"WARN\"").contains("unknown task").doesNotContain("\tat ");
  }

  private static ResponseEntity<String> answer(ServiceClient client, String assignment, boolean accepted) {
    return client.exchange(PARTNER, HttpMethod.POST, "/api/partners/assignments/" + assignment + "/answer",
        "{\"accepted\": " + accepted + "}");
  }

  private static List<String> lines(CapturedOutput output) {
    return output.getAll().lines().filter(line -> !line.isBlank()).toList();
  }
}
