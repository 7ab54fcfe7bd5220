package nl.gemeente.participatie.partner.zgw;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.gemeente.participatie.eligibility.Decision;
import nl.gemeente.participatie.eligibility.DecisionRegistry;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.partner.PartnerEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/** The ZGW Besluiten client against a real HTTP server speaking the Besluiten API. */
class ZgwBesluitenClientTest {

  @RegisterExtension
  static WireMockExtension zgw = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String SECRET = "test-secret-of-at-least-thirty-two-bytes";
  static final DecisionRegistry.Besluit GRANT =
      new DecisionRegistry.Besluit("PW-2026-000042", Decision.GRANT, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 1));

  ZgwBesluitenClient client(Duration readTimeout) {
    ZgwProperties properties = new ZgwProperties(
        new PartnerEndpoint(URI.create(zgw.baseUrl()), null, Duration.ofSeconds(1), readTimeout),
        "participatie", SECRET, "002220647",
        Map.of("GRANT", URI.create("https://catalogi.example.nl/api/v1/besluittypen/toekenning")));
    return new ZgwBesluitenClient(RestClient.builder(), properties, Clock.systemUTC());
  }

  @Test
  void registersABesluitWithoutPersonalDataAndASignedToken() throws Exception {
    zgw.stubFor(post("/besluiten/api/v1/besluiten").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"url\": \"https://zaken.example.nl/besluiten/api/v1/besluiten/1\", \"identificatie\": \"x\"}")));

    String url = client(Duration.ofSeconds(2)).register(GRANT);

    assertThat(url).isEqualTo("https://zaken.example.nl/besluiten/api/v1/besluiten/1");
    zgw.verify(postRequestedFor(urlEqualTo("/besluiten/api/v1/besluiten"))
        .withHeader("Content-Crs", equalTo("EPSG:4326"))
        .withRequestBody(equalToJson("""
            {"identificatie": "PW-2026-000042-GRANT", "verantwoordelijkeOrganisatie": "002220647",
             "besluittype": "https://catalogi.example.nl/api/v1/besluittypen/toekenning",
             "datum": "2026-11-23", "ingangsdatum": "2026-11-01",
             "toelichting": "Participatiewet, zaak PW-2026-000042"}""")));
    String authorization = zgw.getAllServeEvents().get(0).getRequest().getHeader("Authorization");
    SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
    assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("participatie");
    assertThat(jwt.getJWTClaimsSet().getClaim("client_id")).isEqualTo("participatie");
    assertThat(jwt.getJWTClaimsSet().getIssueTime()).isNotNull();
  }

  @Test
  void aRefusalByTheApiIsATechnicalFailure() {
    zgw.stubFor(post("/besluiten/api/v1/besluiten").willReturn(aResponse().withStatus(400)));

    assertThatThrownBy(() -> client(Duration.ofSeconds(2)).register(GRANT))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("ZGW Besluiten unavailable: HTTP 400");
  }

  @Test
  void aServerErrorAndATimeoutAreTechnicalFailures() {
    zgw.stubFor(post("/besluiten/api/v1/besluiten").willReturn(aResponse().withStatus(502)));
    assertThatThrownBy(() -> client(Duration.ofSeconds(2)).register(GRANT)).hasMessage("ZGW Besluiten unavailable: HTTP 502");

    zgw.stubFor(post("/besluiten/api/v1/besluiten").willReturn(aResponse().withStatus(201).withFixedDelay(1500)));
    assertThatThrownBy(() -> client(Duration.ofMillis(300)).register(GRANT)).hasMessage("ZGW Besluiten unavailable: timeout");
  }

  @Test
  void aDecisionWithoutConfiguredBesluittypeIsNotSent() {
    DecisionRegistry.Besluit refusal = new DecisionRegistry.Besluit("PW-2026-000043", Decision.REFUSE,
        LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23));

    assertThatThrownBy(() -> client(Duration.ofSeconds(2)).register(refusal))
        .hasMessage("ZGW Besluiten unavailable: no besluittype configured for REFUSE");
    assertThat(zgw.getAllServeEvents()).isEmpty();
  }
}
