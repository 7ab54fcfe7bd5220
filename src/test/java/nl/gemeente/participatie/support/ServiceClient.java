package nl.gemeente.participatie.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HTTP calls to the running service, as a given demo user (or anonymously). */
public final class ServiceClient {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final TestRestTemplate rest;

  public ServiceClient(TestRestTemplate rest) {
    this.rest = rest;
  }

  public static String today() {
    return LocalDate.now(AMSTERDAM).toString();
  }

  /** A signal for {@code POST /api/signals}, happened today; the case id or the BSN may be null. */
  public static Map<String, Object> signal(String externalId, String source, String kind, String caseId, String bsn) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("signalId", externalId);
    body.put("source", source);
    body.put("kind", kind);
    if (caseId != null) {
      body.put("caseId", caseId);
    }
    if (bsn != null) {
      body.put("bsn", bsn);
    }
    body.put("occurredOn", today());
    return body;
  }

  public static Map<String, Object> melding(String bsn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("bsn", bsn);
    body.put("reportDate", today());
    body.put("requestType", "BIJSTAND");
    body.put("channel", "DESK");
    return body;
  }

  public ResponseEntity<String> postCase(String user, Object body) {
    return exchange(user, HttpMethod.POST, "/api/cases", body instanceof String s ? s : Json.write(body));
  }

  public ResponseEntity<String> getCase(String user, String caseId) {
    return exchange(user, HttpMethod.GET, "/api/cases/" + caseId, null);
  }

  /** Registers a case for a fresh BSN as the caseworker and returns its id. */
  public String newCase() {
    ResponseEntity<String> response = postCase("caseworker", melding(TestBsn.next()));
    if (response.getStatusCode().value() != 201) {
      throw new AssertionError("Case not created: " + response);
    }
    return Json.parse(response.getBody()).get("caseId").asText();
  }

  /** A call as a demo user (password = user name), or anonymous when user is null. */
  public ResponseEntity<String> exchange(String user, HttpMethod method, String path, String jsonBody) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (jsonBody != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return rest.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class);
  }
}
