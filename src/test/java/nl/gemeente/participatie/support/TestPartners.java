package nl.gemeente.participatie.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;

/**
 * One real HTTP server per test JVM standing in for the BRP, the income gateway and the
 * Inlichtingenbureau. By default every BSN is a Dutch single adult born in 1985 with nothing
 * registered elsewhere; tests give a BSN of their own a different answer.
 */
public final class TestPartners {

  public static final String STANDARD_PERSON = """
      {"geboorte": {"datum": {"type": "Datum", "datum": "1985-06-15"}},
       "nationaliteiten": [{"type": "Nationaliteit", "nationaliteit": {"code": "0001", "omschrijving": "Nederlandse"}}],
       "verblijfplaats": {"type": "Adres"}, "partners": [], "kinderen": []}""";

  private static WireMockServer server;

  private TestPartners() {}

  public static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(wireMockConfig().dynamicPort());
      server.start();
      server.stubFor(post("/brp/personen").atPriority(10)
          .willReturn(okJson("{\"type\": \"RaadpleegMetBurgerservicenummer\", \"personen\": [" + STANDARD_PERSON + "]}")));
      server.stubFor(post("/inkomen/inkomensgegevens").atPriority(10).willReturn(aResponse().withStatus(404)));
      server.stubFor(post("/ib/bijstandsregelingen").atPriority(10).willReturn(aResponse().withStatus(404)));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /** The environment the postgres profile reads for its partner endpoints. */
  public static Map<String, Object> environment() {
    String base = server().baseUrl();
    return Map.of(
        "BRP_BASE_URL", base + "/brp",
        "INCOME_BASE_URL", base + "/inkomen",
        "BENEFITS_REGISTER_BASE_URL", base + "/ib");
  }

  public static void person(String bsn, String persoonJson) {
    server().stubFor(post("/brp/personen").atPriority(1)
        .withRequestBody(matchingJsonPath("$.burgerservicenummer[0]", equalTo(bsn)))
        .willReturn(okJson("{\"personen\": [" + persoonJson + "]}")));
  }

  public static void brpDown(String bsn) {
    server().stubFor(post("/brp/personen").atPriority(1)
        .withRequestBody(matchingJsonPath("$.burgerservicenummer[0]", equalTo(bsn)))
        .willReturn(aResponse().withStatus(503).withBody("{\"title\": \"Onderhoud " + bsn + "\"}")));
  }

  public static void brpBack(String bsn) {
    person(bsn, STANDARD_PERSON);
  }

  public static void income(String bsn, String answerJson) {
    server().stubFor(post("/inkomen/inkomensgegevens").atPriority(1)
        .withRequestBody(matchingJsonPath("$.burgerservicenummer", equalTo(bsn)))
        .willReturn(okJson(answerJson)));
  }
}
