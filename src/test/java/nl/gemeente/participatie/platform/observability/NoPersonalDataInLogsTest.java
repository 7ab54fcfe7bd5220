package nl.gemeente.participatie.platform.observability;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.support.TestPartners;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Runs a whole case — intake, BRP and income, grant, assessment, plan, a job with its wage, besluit and
 * payment, aftercare, the case's end — plus a partner outage, a signal for an unknown person and
 * refused input, and shows that no log line and no incident message holds a BSN (nine digits passing
 * the eleven test), the person's name or address, or an income; and that the case's lines carry its
 * id as correlation key.
 */
@PostgresServiceTest
class NoPersonalDataInLogsTest {

  static final String NAME = "Testpersoon";
  static final String STREET = "Kerkstraat";
  static final String INCOME = "312.77";
  static final String WAGE = "1873.27";
  static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

  @Autowired ProcessEngine processEngine;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;

  final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void capture() {
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void stopCapturing() {
    root.detachAppender(captured);
  }

  @Test
  void aWholeCaseLeavesNoPersonalDataInLogsOrIncidents() {
    ServiceClient client = new ServiceClient(rest);
    CaseDriver driver = new CaseDriver(processEngine, client);
    LocalDate today = LocalDate.now(AMSTERDAM);
    String bsn = TestBsn.next();
    TestPartners.person(bsn, TestPartners.STANDARD_PERSON
        .replace("\"partners\": []", "\"naam\": {\"voornamen\": \"Jan\", \"geslachtsnaam\": \"" + NAME + "\"}, \"partners\": []")
        .replace("{\"type\": \"Adres\"}", "{\"type\": \"Adres\", \"verblijfadres\": {\"officieleStraatnaam\": \"" + STREET
            + "\", \"huisnummer\": 12, \"woonplaats\": \"Lelystad\"}}"));
    TestPartners.income(bsn, "{\"nettoMaandinkomen\": " + INCOME + ", \"studiefinancieringMogelijk\": false}");

    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    TestPartners.employment(bsn, "{\"dienstverbanden\": [{\"ingangsdatum\": \"" + today + "\", \"urenPerWeek\": 36,"
        + " \"brutoMaandloon\": 2400.00, \"nettoMaandloon\": " + WAGE + "}]}");
    ProcessInstance outflow = driver.startAndConfirm(caseId, "caseworker", today);
    driver.aftercare(outflow, "WORKING", "WORKING", "WORKING");
    assertThat(driver.caseView(caseId).get("status").asText()).isEqualTo("CLOSED");

    // A BRP outage on another case: retries, then an incident.
    String otherBsn = TestBsn.next();
    TestPartners.brpDown(otherBsn);
    String otherCase = driver.applyFor(otherBsn);
    // The BRP is called in the application's own process (bijstandApplication).
    ProcessInstance other = driver.stageOf(otherCase, "bijstandApplication");
    Job job = managementService.createJobQuery().processInstanceId(other.getId()).singleResult();
    for (int attempt = 0; attempt < 5 && job != null && job.getRetries() > 0; attempt++) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // retries count down
      }
      job = managementService.createJobQuery().processInstanceId(other.getId()).singleResult();
    }
    TestPartners.brpBack(otherBsn);

    // A signal for a person without a case, and refused input with a BSN in it.
    String strangerBsn = TestBsn.next();
    client.exchange("signals", HttpMethod.POST, "/api/signals",
        Json.write(ServiceClient.signal("brp-" + strangerBsn, "BRP", "MOVED", null, strangerBsn)));
    client.postCase("caseworker", Map.of("bsn", "123456789", "reportDate", today.toString(), "requestType", "BIJSTAND",
        "channel", "DESK"));
    client.exchange("caseworker", HttpMethod.POST, "/api/cases", "{\"bsn\": \"" + bsn + "\", \"kanaal\": 1}");

    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : captured.list) {
      lines.add(event.getLoggerName() + " " + event.getFormattedMessage() + " " + throwable(event.getThrowableProxy())
          + " " + event.getMDCPropertyMap());
    }
    List<HistoricIncident> incidents = processEngine.getHistoryService().createHistoricIncidentQuery()
        .processInstanceId(other.getId()).list();
    assertThat(incidents).as("the outage became an incident").isNotEmpty();
    incidents.forEach(incident -> lines.add("incident " + incident.getIncidentMessage()));

    assertThat(lines).as("captured log lines").hasSizeGreaterThan(10);
    for (String line : lines) {
      assertThat(line).doesNotContain(bsn, otherBsn, strangerBsn, NAME, STREET, INCOME, INCOME.replace('.', ','),
          WAGE, WAGE.replace('.', ','));
      assertThat(validBsns(line)).as(line).isEmpty();
    }
    assertThat(captured.list).as("lines of the case carry its id as correlation key")
        .anyMatch(event -> caseId.equals(event.getMDCPropertyMap().get("caseId"))
            && event.getFormattedMessage().contains("outflow decided"));
  }

  private static List<String> validBsns(String line) {
    List<String> found = new ArrayList<>();
    Matcher matcher = NINE_DIGITS.matcher(line);
    while (matcher.find()) {
      try {
        Bsn.of(matcher.group());
        found.add(matcher.group());
      } catch (IllegalArgumentException notABsn) {
        // nine digits that fail the eleven test are no BSN
      }
    }
    return found;
  }

  private static String throwable(IThrowableProxy proxy) {
    StringBuilder text = new StringBuilder();
    for (IThrowableProxy current = proxy; current != null; current = current.getCause()) {
      text.append(current.getClassName()).append(": ").append(current.getMessage()).append(" | ");
    }
    return text.toString();
  }
}
