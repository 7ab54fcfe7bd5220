package nl.gemeente.participatie.platform;

import static nl.gemeente.participatie.support.ServiceClient.melding;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.support.WebappSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's run command: the default (demo) profile on an H2 file database, with the demo
 * users logging in to Tasklist, Cockpit and Admin and a case taken in. Only the database file is
 * moved to a temporary folder; the engine has a name of its own so it does not meet the
 * PostgreSQL test context's engine in this JVM.
 */
@Tag("standalone")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=demo")
@DirtiesContext
class DemoProfileTest {

  static final Path DATA;

  static {
    try {
      DATA = Files.createTempDirectory("participatie-demo");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void h2File(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:file:" + DATA.resolve("participatie-demo") + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;

  @Test
  void runsOnAnH2FileDatabase() {
    assertThat(DATA.resolve("participatie-demo.mv.db")).exists();
  }

  @Test
  void demoUsersLogInToTheirWebapps() {
    assertThat(WebappSession.open(port, "demo").login("tasklist", "demo", "demo")).isEqualTo(200);
    assertThat(WebappSession.open(port, "demo").login("cockpit", "demo", "demo")).isEqualTo(200);
    assertThat(WebappSession.open(port, "demo").login("admin", "demo", "demo")).isEqualTo(200);
    assertThat(WebappSession.open(port, "demo").login("tasklist", "caseworker", "caseworker")).isEqualTo(200);
    assertThat(WebappSession.open(port, "demo").login("tasklist", "purchaser", "purchaser")).isEqualTo(200);
    assertThat(WebappSession.open(port, "demo").login("tasklist", "teamlead", "teamlead")).isEqualTo(200);
    assertThat(WebappSession.open(port, "demo").login("cockpit", "operator", "operator")).isEqualTo(200);
    assertThat(WebappSession.open(port, "demo").login("cockpit", "policy", "policy")).isEqualTo(200);
  }

  @Test
  void demoSystemAccountsUseTheirIdAsKeyAndAreNoCamundaUsers() {
    ServiceClient client = new ServiceClient(rest);
    // Let in (404: no such assignment), not 401; and no webapp login for a system account.
    assertThat(client.exchange("kluswinkel", HttpMethod.POST, "/api/partners/assignments/OPD-none/answer",
        "{\"accepted\": true}").getStatusCode().value()).isEqualTo(404);
    assertThat(WebappSession.open(port, "demo").login("tasklist", "kluswinkel", "kluswinkel")).isEqualTo(401);
  }

  @Test
  void takesInACaseAndShowsItsIntakeTask() {
    ServiceClient client = new ServiceClient(rest);

    ResponseEntity<String> created = client.postCase("caseworker", melding(TestBsn.next()));

    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String caseId = Json.parse(created.getBody()).get("caseId").asText();
    WebappSession tasklist = WebappSession.open(port, "demo");
    tasklist.login("tasklist", "caseworker", "caseworker");
    assertThat(Json.parse(tasklist.engineGet("/task?processInstanceBusinessKey=" + caseId).body())).hasSize(1);
  }
}
