package nl.gemeente.participatie.partner.brp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.eligibility.PersonFacts;
import nl.gemeente.participatie.eligibility.ResidenceStatus;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.partner.PartnerEndpoint;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/** The BRP client against a real HTTP server speaking Haal Centraal BRP Personen v2. */
class BrpClientTest {

  @RegisterExtension
  static WireMockExtension brp = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final Bsn BSN = Bsn.of("999993653");
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

  BrpClient client(Duration readTimeout, String baseUrl) {
    PartnerEndpoint endpoint = new PartnerEndpoint(URI.create(baseUrl), "test-key", Duration.ofSeconds(1), readTimeout);
    PartnersProperties partners = new PartnersProperties("R1/PT1M", Set.of("21", "26"), endpoint, endpoint, endpoint, endpoint, endpoint, endpoint);
    return new BrpClient(RestClient.builder(), partners, new BrpMapperImpl(), TODAY);
  }

  BrpClient client() {
    return client(Duration.ofSeconds(2), brp.baseUrl());
  }

  @Test
  void readsAPersonAndAsksOnlyForTheFieldsItNeeds() {
    brp.stubFor(post("/personen").willReturn(okJson("""
        {"type": "RaadpleegMetBurgerservicenummer", "personen": [{
          "burgerservicenummer": "999993653",
          "naam": {"voornamen": "Test"},
          "geboorte": {"datum": {"type": "Datum", "datum": "1985-06-15", "langFormaat": "15 juni 1985"}},
          "nationaliteiten": [{"type": "Nationaliteit", "nationaliteit": {"code": "0001", "omschrijving": "Nederlandse"}}],
          "verblijfplaats": {"type": "Adres", "verblijfadres": {"woonplaats": "Lelystad"}},
          "partners": [],
          "kinderen": [
            {"geboorte": {"datum": {"type": "Datum", "datum": "2015-01-01"}}},
            {"geboorte": {"datum": {"type": "Datum", "datum": "2005-01-01"}}}],
          "geheimhoudingPersoonsgegevens": false
        }]}""")));

    PersonFacts facts = client().findPerson(BSN).orElseThrow();

    assertThat(facts).isEqualTo(new PersonFacts(LocalDate.of(1985, 6, 15), ResidenceStatus.DUTCH, true, false, 1, false));
    brp.verify(postRequestedFor(urlEqualTo("/personen"))
        .withHeader("X-API-KEY", equalTo("test-key"))
        .withRequestBody(equalToJson("""
            {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"],
             "fields": ["geboorte", "nationaliteiten", "verblijfplaats", "verblijfstitel", "partners", "kinderen"]}""")));
  }

  /** The partner's BSN (art. 3: spouse or registered partner), asked with field partners only. */
  @Test
  void readsThePartnersBsnAskingOnlyForPartners() {
    brp.stubFor(post("/personen").willReturn(okJson("""
        {"type": "RaadpleegMetBurgerservicenummer", "personen": [{
          "partners": [{"burgerservicenummer": "999991772", "naam": {"voornamen": "Partner"},
            "geboorte": {"datum": {"type": "Datum", "datum": "1988-02-29"}},
            "aangaanHuwelijkPartnerschap": {"datum": {"type": "Datum", "datum": "2010-05-01"}}}]
        }]}""")));

    assertThat(client().partnerOf(BSN)).hasValueSatisfying(partner -> {
      assertThat(partner.bsn()).isEqualTo(Bsn.of("999991772"));
      assertThat(partner.birthDate()).isEqualTo(LocalDate.of(1988, 2, 29));
    });
    brp.verify(postRequestedFor(urlEqualTo("/personen"))
        .withRequestBody(equalToJson("""
            {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"],
             "fields": ["partners.burgerservicenummer", "partners.geboorte"]}""")));
  }

  @Test
  void noPartnerNoPartnerWithoutBsnAndUnknownPersonGiveNone() {
    brp.stubFor(post("/personen").willReturn(okJson("{\"personen\": [{\"partners\": []}]}")));
    assertThat(client().partnerOf(BSN)).isEmpty();
    brp.stubFor(post("/personen").willReturn(okJson("{\"personen\": [{\"partners\": [{\"naam\": {}}]}]}")));
    assertThat(client().partnerOf(BSN)).isEmpty();
    brp.stubFor(post("/personen").willReturn(okJson("{\"personen\": []}")));
    assertThat(client().partnerOf(BSN)).isEmpty();
  }

  @Test
  void aFailingBrpForThePartnerIsAPartnerFailureWithoutTheNumber() {
    brp.stubFor(post("/personen").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> client().partnerOf(BSN))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessageContaining("BRP").hasMessageNotContaining("999993653");
  }

  @Test
  void classifiesResidenceTitlesAndAddressesAbroad() {
    brp.stubFor(post("/personen").willReturn(okJson("""
        {"personen": [{
          "geboorte": {"datum": {"type": "JaarDatum", "jaar": 1980}},
          "nationaliteiten": [{"type": "Nationaliteit", "nationaliteit": {"code": "0052", "omschrijving": "Belgische"}}],
          "verblijfstitel": {"aanduiding": {"code": "26", "omschrijving": "Vw 2000 art. 8, onder e"},
                             "datumEinde": {"type": "Datum", "datum": "2030-01-01"}},
          "verblijfplaats": {"type": "VerblijfplaatsBuitenland"},
          "partners": [{"aangaanHuwelijkPartnerschap": {"datum": {"type": "Datum", "datum": "2010-05-05"}}}],
          "opschortingBijhouding": {"reden": {"code": "O", "omschrijving": "overlijden"}}
        }]}""")));

    PersonFacts facts = client().findPerson(BSN).orElseThrow();

    assertThat(facts.birthDate()).as("an incomplete date is not a birth date").isNull();
    assertThat(facts.residenceStatus()).isEqualTo(ResidenceStatus.LAWFUL_RESIDENT);
    assertThat(facts.livesInNetherlands()).isFalse();
    assertThat(facts.hasPartner()).isTrue();
    assertThat(facts.deceased()).isTrue();
  }

  @Test
  void anExpiredOrAbsentTitleIsNoLawfulResidenceAndAnUnlistedOneIsLeftOpen() {
    brp.stubFor(post("/personen").willReturn(okJson("""
        {"personen": [{"verblijfstitel": {"aanduiding": {"code": "21"}, "datumEinde": {"type": "Datum", "datum": "2026-11-22"}}}]}""")));
    assertThat(client().findPerson(BSN).orElseThrow().residenceStatus()).isEqualTo(ResidenceStatus.NONE);

    brp.stubFor(post("/personen").willReturn(okJson("""
        {"personen": [{"verblijfstitel": {"aanduiding": {"code": "98"}}}]}""")));
    assertThat(client().findPerson(BSN).orElseThrow().residenceStatus()).isEqualTo(ResidenceStatus.NONE);

    brp.stubFor(post("/personen").willReturn(okJson("""
        {"personen": [{"verblijfstitel": {"aanduiding": {"code": "37"}}}]}""")));
    assertThat(client().findPerson(BSN).orElseThrow().residenceStatus()).isNull();
  }

  @Test
  void anEmptyAnswerMeansNotFound() {
    brp.stubFor(post("/personen").willReturn(okJson("{\"type\": \"RaadpleegMetBurgerservicenummer\", \"personen\": []}")));

    assertThat(client().findPerson(BSN)).isEmpty();
  }

  @Test
  void aServerErrorIsATechnicalFailureWithoutPersonalData() {
    brp.stubFor(post("/personen").willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"title\": \"Fout bij 999993653\", \"status\": 500}")));

    assertThatThrownBy(() -> client().findPerson(BSN))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("BRP unavailable: HTTP 500")
        .hasNoCause();
  }

  @Test
  void aTimeoutIsATechnicalFailure() {
    brp.stubFor(post("/personen").willReturn(okJson("{\"personen\": []}").withFixedDelay(1500)));

    assertThatThrownBy(() -> client(Duration.ofMillis(300), brp.baseUrl()).findPerson(BSN))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("BRP unavailable: timeout");
  }

  @Test
  void anUnreachableServerIsATechnicalFailure() {
    assertThatThrownBy(() -> client(Duration.ofSeconds(1), "http://localhost:1").findPerson(BSN))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("BRP unavailable: connection refused");
  }
}
