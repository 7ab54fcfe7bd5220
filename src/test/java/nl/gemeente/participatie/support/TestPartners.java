package nl.gemeente.participatie.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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

  public static final String ZGW_SECRET = "test-secret-of-at-least-thirty-two-bytes";

  private static WireMockServer server;

  private TestPartners() {}

  public static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(wireMockConfig().dynamicPort().globalTemplating(false));
      server.start();
      server.stubFor(post("/brp/personen").atPriority(10)
          .willReturn(okJson("{\"type\": \"RaadpleegMetBurgerservicenummer\", \"personen\": [" + STANDARD_PERSON + "]}")));
      server.stubFor(post("/inkomen/inkomensgegevens").atPriority(10).willReturn(aResponse().withStatus(404)));
      server.stubFor(post("/inkomen/dienstverbanden").atPriority(10).willReturn(aResponse().withStatus(404)));
      server.stubFor(post("/ib/bijstandsregelingen").atPriority(10).willReturn(aResponse().withStatus(404)));
      server.stubFor(post("/zgw/besluiten/api/v1/besluiten").atPriority(10).willReturn(aResponse().withStatus(201)
          .withHeader("Content-Type", "application/json")
          .withBody("{\"url\": \"" + server.baseUrl() + "/zgw/besluiten/api/v1/besluiten/{{randomValue type='UUID'}}\"}")
          .withTransformers("response-template")));
      server.stubFor(post("/schuldhulp/aanmeldingen").atPriority(10).willReturn(aResponse().withStatus(201)
          .withHeader("Content-Type", "application/json")
          .withBody("{\"aanmeldingId\": \"SHV-{{randomValue type='UUID'}}\"}")
          .withTransformers("response-template")));
      server.stubFor(post("/partners/opdrachten").atPriority(10).willReturn(aResponse().withStatus(202)));
      server.stubFor(post("/partners/herinneringen").atPriority(10).willReturn(aResponse().withStatus(202)));
      server.stubFor(post(urlPathMatching("/betalingen/uitkeringen/[^/]+/(wijzigingen|beeindiging|opschorting|hervatting)")).atPriority(10)
          .willReturn(aResponse().withStatus(202)));
      server.stubFor(post("/betalingen/facturen").atPriority(10).willReturn(aResponse().withStatus(202)));
      server.stubFor(post("/betalingen/uitkeringen").atPriority(10).willReturn(aResponse().withStatus(201)
          .withHeader("Content-Type", "application/json")
          .withBody("{\"uitkeringId\": \"U-{{randomValue length=8 type='NUMERIC'}}\"}")
          .withTransformers("response-template")));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /** The environment the postgres profile reads for its partner endpoints. */
  public static Map<String, Object> environment() {
    String base = server().baseUrl();
    return Map.ofEntries(
        Map.entry("BRP_BASE_URL", base + "/brp"),
        Map.entry("INCOME_BASE_URL", base + "/inkomen"),
        Map.entry("BENEFITS_REGISTER_BASE_URL", base + "/ib"),
        Map.entry("PAYMENTS_BASE_URL", base + "/betalingen"),
        Map.entry("DEBT_ASSISTANCE_BASE_URL", base + "/schuldhulp"),
        Map.entry("PROVIDERS_BASE_URL", base + "/partners"),
        Map.entry("ZGW_BASE_URL", base + "/zgw"),
        Map.entry("ZGW_CLIENT_ID", "participatie-test"),
        Map.entry("ZGW_SECRET", ZGW_SECRET),
        Map.entry("ZGW_RSIN", "002220647"),
        Map.entry("ZGW_BESLUITTYPE_GRANT", base + "/zgw/catalogi/api/v1/besluittypen/toekenning"),
        Map.entry("ZGW_BESLUITTYPE_REFUSE", base + "/zgw/catalogi/api/v1/besluittypen/afwijzing"),
        Map.entry("ZGW_BESLUITTYPE_NOT_PROCESSED", base + "/zgw/catalogi/api/v1/besluittypen/buiten-behandeling"),
        Map.entry("ZGW_BESLUITTYPE_END", base + "/zgw/catalogi/api/v1/besluittypen/beeindiging"),
        Map.entry("ZGW_BESLUITTYPE_CHANGE", base + "/zgw/catalogi/api/v1/besluittypen/wijziging"),
        Map.entry("ZGW_BESLUITTYPE_SUSPEND", base + "/zgw/catalogi/api/v1/besluittypen/opschorting"),
        Map.entry("ZGW_BESLUITTYPE_WITHDRAW", base + "/zgw/catalogi/api/v1/besluittypen/intrekking"));
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

  /** A person the BRP knows as married to (or registered partner of) {@code partnerBsn}. */
  public static String personWithPartner(String partnerBsn) {
    return STANDARD_PERSON.replace("\"partners\": []", "\"partners\": [{\"burgerservicenummer\": \"" + partnerBsn
        + "\", \"aangaanHuwelijkPartnerschap\": {\"datum\": {\"type\": \"Datum\", \"datum\": \"2010-05-01\"}}}]");
  }

  public static void incomeDown(String bsn) {
    server().stubFor(post("/inkomen/inkomensgegevens").atPriority(1)
        .withRequestBody(matchingJsonPath("$.burgerservicenummer", equalTo(bsn)))
        .willReturn(aResponse().withStatus(503)));
  }

  /** The jobs the income gateway knows for a BSN ({@code {"dienstverbanden": [...]}}). */
  public static void employment(String bsn, String answerJson) {
    server().stubFor(post("/inkomen/dienstverbanden").atPriority(1)
        .withRequestBody(matchingJsonPath("$.burgerservicenummer", equalTo(bsn)))
        .willReturn(okJson(answerJson)));
  }

  public static void employmentDown(String bsn) {
    server().stubFor(post("/inkomen/dienstverbanden").atPriority(1)
        .withRequestBody(matchingJsonPath("$.burgerservicenummer", equalTo(bsn)))
        .willReturn(aResponse().withStatus(503)));
  }
}
