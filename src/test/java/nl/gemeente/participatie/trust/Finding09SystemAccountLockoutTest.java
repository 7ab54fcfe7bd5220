package nl.gemeente.participatie.trust;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Finding 9 of issue 13: a wrong password for {@code kluswinkel} every 2 s, from anyone, made the
 * right password fail for two minutes (Camunda's login lockout). System accounts now authenticate
 * with a key outside Camunda's user table (ADR 0003): no lockout, one WARN line per failed attempt.
 */
@PostgresServiceTest
class Finding09SystemAccountLockoutTest {

  static final String PARTNER = "kluswinkel";
  /** An answer to an assignment that does not exist: 404 once the partner is let in, 401 before. */
  static final String UNKNOWN_ASSIGNMENT = "/api/partners/assignments/OPD-does-not-exist/answer";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired MeterRegistry meters;

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
  void twentyWrongKeysInARowDoNotBlockThePartnersRightKey() {
    double failuresBefore = failures();

    for (int attempt = 1; attempt <= 20; attempt++) {
      ResponseEntity<String> wrong = answer(PARTNER, "guess-" + attempt);
      assertThat(wrong.getStatusCode().value()).isEqualTo(401);
      assertThat(wrong.getHeaders().getContentType()).hasToString("application/problem+json");
    }
    ResponseEntity<String> right = answer(PARTNER, PARTNER);

    // Let in at once: the unknown assignment is the controller's 404, not the filter's 401.
    assertThat(right.getStatusCode().value()).as(right.getBody()).isEqualTo(404);
    assertThat(Json.parse(right.getBody()).get("status").asInt()).isEqualTo(404);
    // and once more, in case a lockout started only after a success
    assertThat(answer(PARTNER, PARTNER).getStatusCode().value()).isEqualTo(404);
    // Nothing of the partner is in Camunda's user table (where the lockout lives).
    assertThat(identityService.createUserQuery().userId(PARTNER).count()).isZero();
    // Each wrong attempt: one WARN line naming the account, never the key; and counted.
    List<String> warnings = captured.list.stream()
        .filter(event -> event.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .filter(message -> message.contains(PARTNER))
        .toList();
    assertThat(warnings).hasSize(20).allMatch(message -> message.equals(
        "System account kluswinkel: wrong key, request refused (no lockout)"));
    assertThat(captured.list).noneMatch(event -> event.getFormattedMessage().contains("guess-"));
    assertThat(failures() - failuresBefore).isEqualTo(20.0);
  }

  @Test
  void anotherPartnersKeyOrTheAccountIdWithoutKeyIsNoKey() {
    assertThat(answer(PARTNER, "werkfit-noord").getStatusCode().value()).isEqualTo(401);
    assertThat(answer(PARTNER, "").getStatusCode().value()).isEqualTo(401);
    assertThat(answer(PARTNER, PARTNER.toUpperCase()).getStatusCode().value()).isEqualTo(401);
    assertThat(answer("werkfit-noord", "werkfit-noord").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aPersonStaysUnderCamundasLockout() {
    // The other side of the boundary: a person (not a system account) is checked by Camunda as before,
    // so a wrong password locks the right one out for a while. A person of its own, not to disturb other tests.
    String person = "finding09-" + System.nanoTime();
    User user = identityService.newUser(person);
    user.setPassword("right-password-of-a-person");
    identityService.saveUser(user);
    try {
      assertThat(get(person, "right-password-of-a-person").getStatusCode().value()).isEqualTo(403);
      assertThat(get(person, "wrong").getStatusCode().value()).isEqualTo(401);
      assertThat(get(person, "right-password-of-a-person").getStatusCode().value()).isEqualTo(401);
    } finally {
      identityService.deleteUser(person);
    }
  }

  /** A person without groups: 403 once authenticated, 401 when not. */
  private ResponseEntity<String> get(String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    return rest.exchange("/api/cases/PW-0000-000000", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> answer(String user, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    headers.setBasicAuth(user, key);
    return rest.exchange(UNKNOWN_ASSIGNMENT, HttpMethod.POST, new HttpEntity<>("{\"accepted\": true}", headers),
        String.class);
  }

  private double failures() {
    Counter counter = meters.find("participatie.system.account.authentication.failures").tag("account", PARTNER)
        .counter();
    return counter == null ? 0 : counter.count();
  }
}
