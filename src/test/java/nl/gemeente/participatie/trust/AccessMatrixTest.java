package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The authorization matrix of section "Access" in {@code docs/access.md}, replayed against the running service:
 * every request of the table as every role, compared with the status the table says (and, for
 * {@code 200 empty}, that a list came back empty; for {@code 200} on a list, that it did not). The
 * test fails on any difference, so the documentation cannot drift from the code.
 *
 * <p>Placeholders: {@code {case}}, {@code {instance}}, {@code {definition}} and {@code {task}} are a
 * bijstand case whose eligibility advice waits for the caseworker ("Recht op bijstand beoordelen").
 * Write requests carry a body that the roles allowed to make them get refused for (its content, an
 * unknown id, the case's stage), so that the matrix changes nothing.
 */
@PostgresServiceTest
class AccessMatrixTest {

  /** The demo user acting for each column of the table. */
  static final Map<String, String> USERS = Map.of(
      "klantmanager", "caseworker", "teamleider", "teamlead", "inkoop", "purchaser",
      "werkgeversservice", "employer", "beleid", "policy", "beheer", "operator",
      "partner", "kluswinkel", "schuldhulp", "debtpartner", "signalen", "signals", "anoniem", "");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void everyRoleGetsWhatTheDocumentationSays() throws IOException {
    ServiceClient client = new ServiceClient(rest);
    CaseDriver driver = new CaseDriver(engine, client);
    String caseId = driver.applyFor(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    Map<String, String> placeholders = Map.of(
        "{case}", caseId,
        // The process the task and the advice belong to: the application stage, called by the case map.
        "{instance}", driver.task(instance, "UserTask_ReviewEligibility").getProcessInstanceId(),
        "{definition}", instance.getProcessDefinitionId(),
        "{task}", driver.task(instance, "UserTask_ReviewEligibility").getId());

    Matrix matrix = Matrix.read(Path.of("docs", "access.md"));
    assertThat(matrix.roles()).containsExactlyInAnyOrderElementsOf(USERS.keySet());
    assertThat(matrix.rows()).hasSizeGreaterThan(20);

    List<String> differences = new ArrayList<>();
    for (Row row : matrix.rows()) {
      String path = row.path();
      for (Map.Entry<String, String> p : placeholders.entrySet()) {
        path = path.replace(p.getKey(), p.getValue());
      }
      for (Map.Entry<String, String> cell : row.expected().entrySet()) {
        String user = USERS.get(cell.getKey());
        ResponseEntity<String> response = call(user, row.method(), path, row.body());
        String actual = describe(response, cell.getValue());
        if (!actual.equals(cell.getValue())) {
          differences.add(row.method() + " " + row.path() + " as " + cell.getKey() + ": docs/access.md says " + cell.getValue()
              + ", service answered " + actual);
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  /** As the role, accepting JSON and, for endpoints such as Prometheus, any other type. */
  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    if (!user.isEmpty()) {
      headers.setBasicAuth(user, user);
    }
    return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** The answer in the table's words: the status, and whether a list was empty. */
  private static String describe(ResponseEntity<String> response, String expected) {
    int status = response.getStatusCode().value();
    if (status != 200 || response.getBody() == null || !response.getBody().startsWith("[")) {
      return String.valueOf(status);
    }
    JsonNode list = Json.parse(response.getBody());
    return list.isEmpty() ? "200 empty" : "200";
  }

  record Row(HttpMethod method, String path, String body, Map<String, String> expected) {}

  record Matrix(List<String> roles, List<Row> rows) {

    /**
     * The first markdown table under "## Access" whose header starts with "request": the first
     * column is {@code METHOD path} with an optional body in backticks after it, the others one role each.
     */
    static Matrix read(Path document) throws IOException {
      List<String> lines = Files.readAllLines(document);
      int section = lines.indexOf("## Access");
      assertThat(section).as(document + " section ## Access").isNotNegative();
      List<String> roles = null;
      List<Row> rows = new ArrayList<>();
      for (int i = section + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
        String line = lines.get(i).trim();
        if (!line.startsWith("|")) {
          if (roles != null && !rows.isEmpty()) {
            break;
          }
          continue;
        }
        List<String> cells = cells(line);
        if (roles == null) {
          if (cells.get(0).equals("request")) {
            roles = cells.subList(1, cells.size()).stream().map(c -> c.replace("`", "")).toList();
          }
          continue;
        }
        if (cells.get(0).startsWith("---")) {
          continue;
        }
        rows.add(row(cells, roles));
      }
      assertThat(roles).as("matrix header").isNotNull();
      return new Matrix(roles, rows);
    }

    private static Row row(List<String> cells, List<String> roles) {
      // `GET /api/cases/{case}` or `POST /api/cases` `{}`
      String[] parts = cells.get(0).split("`");
      List<String> code = Arrays.stream(parts).map(String::trim).filter(s -> !s.isEmpty()).toList();
      String[] request = code.get(0).split(" ", 2);
      String body = code.size() > 1 ? code.get(1) : null;
      Map<String, String> expected = new LinkedHashMap<>();
      for (int i = 0; i < roles.size(); i++) {
        expected.put(roles.get(i), cells.get(i + 1));
      }
      return new Row(HttpMethod.valueOf(request[0]), request[1], body, expected);
    }

    private static List<String> cells(String line) {
      String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
      return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }
  }
}
