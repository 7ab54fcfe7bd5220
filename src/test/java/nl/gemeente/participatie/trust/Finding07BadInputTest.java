package nl.gemeente.participatie.trust;

import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.trajectory.BudgetLedger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 7, the service API's side: input that used to end in a 500 (or in Tomcat's HTML page, or an
 * empty 413/415) is answered with the right 4xx as problem+json, never echoing the value, and
 * changes nothing. Amounts have domain bounds ({@code Money}: at most 1 000 000 000.00, two decimals).
 */
@PostgresServiceTest
class Finding07BadInputTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired BudgetLedger ledger;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  ServiceClient client;
  CaseDriver driver;
  LocalDate today;

  @BeforeEach
  void setUp() {
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    today = LocalDate.now(AMSTERDAM);
  }

  @Test
  void aWildcardContentTypeOnANewCaseIs415ProblemJsonAndRegistersNothing() throws Exception {
    String bsn = TestBsn.next();

    HttpResponse<String> response = http(HttpRequest.newBuilder(uri("/api/cases"))
        .header("Authorization", basic("caseworker")).header("Content-Type", "application/*")
        .header("Accept", "application/json, application/problem+json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(ServiceClient.melding(bsn)))));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
    assertProblemJson(response.headers().firstValue("Content-Type").orElse(""), response.body(), 415);
    assertThat(response.body()).doesNotContain(bsn);
    assertThat(jdbc.queryForObject("select count(*) from pw_case where bsn = ?", Integer.class, bsn)).isZero();
  }

  @Test
  void anAbsurdDeclaredAssetInTheIntakeFormGetsADutchMessageAndTheTaskStaysOpen() {
    String caseId = client.newCase();
    ProcessInstance instance = driver.instanceOf(caseId);
    Task intake = driver.taskOf(instance);

    ResponseEntity<String> absurd = driver.submit("caseworker", intake, "intake", intake(1e308));
    ResponseEntity<String> overBound = driver.submit("caseworker", intake, "intake", intake(1_000_000_000.01));
    ResponseEntity<String> threeDecimals = driver.submit("caseworker", intake, "intake", intake(1200.505));

    for (ResponseEntity<String> response : new ResponseEntity[] {absurd, overBound, threeDecimals}) {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
      assertThat(Json.parse(response.getBody()).get("message").asText())
          .contains("Het opgegeven vermogen moet een bedrag zijn van ten hoogste 1.000.000.000,00 euro");
      assertThat(response.getBody()).doesNotContain("E+308", "E308", "1000000000.01", "1200.505");
    }
    assertThat(driver.taskOf(instance).getId()).isEqualTo(intake.getId());
    assertThat(jdbc.queryForObject("select count(*) from pw_eligibility where case_id = ?", Integer.class, caseId)).isZero();

    // The bound itself is an amount a client may declare.
    ResponseEntity<String> atBound = driver.submit("caseworker", intake, "intake", intake(1_000_000_000.00));
    assertThat(atBound.getStatusCode().value()).as(atBound.getBody()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select declared_assets from pw_eligibility where case_id = ?", BigDecimal.class, caseId))
        .isEqualByComparingTo("1000000000.00");
  }

  @Test
  void anAbsurdMonthlyAmountInTheReviewFormGetsADutchMessageAndDecidesNothing() {
    String caseId = driver.applyFor(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.runJobs(instance);
    Task review = driver.taskOf(instance);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("UserTask_ReviewEligibility");

    ResponseEntity<String> response = driver.submit("caseworker", review, "review",
        CaseDriver.review("GRANT", today, "1e308", "Afwijkend bedrag."));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(Json.parse(response.getBody()).get("message").asText())
        .contains("Het bedrag per maand moet een bedrag zijn van ten hoogste 1.000.000.000,00 euro");
    assertThat(response.getBody()).doesNotContain("E+308", "E308");
    assertThat(driver.taskOf(instance).getId()).isEqualTo(review.getId());
    assertThat(jdbc.queryForObject("select decision from pw_eligibility where case_id = ?", String.class, caseId)).isNull();
  }

  @Test
  void anAbsurdInvoiceAmountIs400ProblemJsonWithoutTheValueAndNothingIsRecorded() {
    String partner = "taal-en-werk";
    ledger.setBudget(today.getYear(), "WORK_FIT_TRAJECTORY", new BigDecimal("10000000"));
    String assignment = acceptedAssignment(partner);

    ResponseEntity<String> absurd = client.exchange(partner, HttpMethod.POST, "/api/partners/assignments/" + assignment
        + "/invoice", "{\"invoiceNumber\": \"F-1e300\", \"amount\": 1e300}");
    ResponseEntity<String> cents = client.exchange(partner, HttpMethod.POST, "/api/partners/assignments/" + assignment
        + "/invoice", "{\"invoiceNumber\": \"F-0.001\", \"amount\": 3650.001}");

    for (ResponseEntity<String> response : new ResponseEntity[] {absurd, cents}) {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
      assertProblemJson(response.getHeaders().getContentType().toString(), response.getBody(), 400);
      assertThat(response.getBody()).contains("amount").doesNotContain("1e300", "1.0E+300", "E+300", "3650.001");
    }
    assertThat(jdbc.queryForObject("select count(*) from pw_assignment_event where assignment_id = ?", Integer.class,
        assignment)).isZero();
  }

  @Test
  void a100KilobyteIdInACallbackPathIsAnsweredByTomcatAsProblemJsonWithoutTheId() throws Exception {
    String id = "A".repeat(100 * 1024);
    String request = "POST /api/partners/assignments/" + id + "/answer HTTP/1.1\r\n"
        + "Host: localhost:" + port + "\r\n"
        + "Authorization: " + basic("kluswinkel") + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: 17\r\n"
        + "Connection: close\r\n\r\n"
        + "{\"accepted\":true}";

    String response = raw(request);

    String head = response.substring(0, response.indexOf("\r\n\r\n"));
    String body = response.substring(response.indexOf("\r\n\r\n") + 4);
    assertThat(head).startsWith("HTTP/1.1 400");
    assertThat(head.toLowerCase()).contains("content-type: application/problem+json");
    assertProblemJson("application/problem+json", dechunk(head, body), 400);
    assertThat(response).doesNotContain("AAAAAAAAAA", "<html", "Apache Tomcat");
  }

  @Test
  void aTwentyMegabyteRulesUploadIs413ProblemJsonAndPublishesNothing() throws Exception {
    int versionBefore = latestEligibilityVersion();
    byte[] big = new byte[20 * 1024 * 1024];
    Arrays.fill(big, (byte) 'x');
    String boundary = "----finding07";
    ByteArrayOutputStream multipart = new ByteArrayOutputStream();
    multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nTest\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"dmn\"; filename=\"eligibility.dmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    multipart.write(big);
    multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

    // As curl sends a large body: "Expect: 100-continue", so a refusal can come before the 20 MB are sent.
    String head = "POST /api/rules/deployments HTTP/1.1\r\n"
        + "Host: localhost:" + port + "\r\n"
        + "Authorization: " + basic("policy") + "\r\n"
        + "Accept: application/json, application/problem+json\r\n"
        + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
        + "Content-Length: " + multipart.size() + "\r\n"
        + "Expect: 100-continue\r\n"
        + "Connection: close\r\n\r\n";

    String response = rawWithExpectContinue(head, multipart.toByteArray());

    String responseHead = response.substring(0, response.indexOf("\r\n\r\n"));
    assertThat(responseHead).startsWith("HTTP/1.1 413");
    assertThat(responseHead.toLowerCase()).contains("content-type: application/problem+json");
    assertProblemJson("application/problem+json", dechunk(responseHead, response.substring(response.indexOf("\r\n\r\n") + 4)),
        413);
    assertThat(latestEligibilityVersion()).isEqualTo(versionBefore);
  }

  @Test
  void aJsonBodyOnTheRulesUploadIs415ProblemJsonAndPublishesNothing() throws Exception {
    int versionBefore = latestEligibilityVersion();

    ResponseEntity<String> response = client.exchange("policy", HttpMethod.POST, "/api/rules/deployments",
        "{\"dmn\": \"<definitions/>\", \"reason\": \"Test\"}");

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(415);
    assertProblemJson(response.getHeaders().getContentType().toString(), response.getBody(), 415);
    assertThat(latestEligibilityVersion()).isEqualTo(versionBefore);
  }

  private int latestEligibilityVersion() {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility").latestVersion()
        .singleResult().getVersion();
  }

  private static void assertProblemJson(String contentType, String body, int status) {
    assertThat(contentType).startsWith("application/problem+json");
    assertThat(Json.parse(body).get("status").asInt()).isEqualTo(status);
  }

  private static Map<String, Object> intake(double declaredAssets) {
    Map<String, Object> intake = CaseDriver.intakeForm("BIJSTAND", false, true);
    intake.put("declaredAssets", declaredAssets);
    return intake;
  }

  private String acceptedAssignment(String partner) {
    ProcessInstance purchase = driver.purchaseFor("WORK_FIT_TRAJECTORY", null);
    String assignment = driver.assignmentOf(purchase);
    ResponseEntity<String> accepted = client.exchange(partner, HttpMethod.POST,
        "/api/partners/assignments/" + assignment + "/answer", "{\"accepted\": true}");
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
    return assignment;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .build();
    return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The whole answer to a request written as is on a socket (the HTTP clients refuse such a request line). */
  private String raw(String request) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (java.io.IOException closedEarly) {
        // Tomcat may answer and close before it read all of it; the answer is still there to read.
      }
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Sends the head; the body only when the server asks for it (100 Continue); the final answer. */
  private String rawWithExpectContinue(String head, byte[] body) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String first = readHead(in);
      if (!first.startsWith("HTTP/1.1 100")) {
        return first + new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      try {
        out.write(body);
        out.flush();
      } catch (java.io.IOException closedEarly) {
        // The server refused while the body was on its way; its answer may still be readable.
      }
      return readHead(in) + new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A response head up to and including the empty line. */
  private static String readHead(InputStream in) throws java.io.IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      byte[] soFar = head.toByteArray();
      int n = soFar.length;
      if (n >= 4 && soFar[n - 4] == '\r' && soFar[n - 3] == '\n' && soFar[n - 2] == '\r' && soFar[n - 1] == '\n') {
        break;
      }
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static String dechunk(String head, String body) {
    if (!head.toLowerCase().contains("transfer-encoding: chunked")) {
      return body;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = body.indexOf("\r\n", at);
      int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(body, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
