package nl.gemeente.participatie.partner.income;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import nl.gemeente.participatie.eligibility.EmploymentFacts;
import nl.gemeente.participatie.eligibility.IncomeFacts;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.partner.PartnerEndpoint;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/** The income client against a real HTTP server speaking the service's income contract. */
class IncomeClientTest {

  @RegisterExtension
  static WireMockExtension income = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final Bsn BSN = Bsn.of("999993653");
  static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

  IncomeClient client(Duration readTimeout) {
    PartnerEndpoint endpoint = new PartnerEndpoint(URI.create(income.baseUrl()), null, Duration.ofSeconds(1), readTimeout);
    return new IncomeClient(RestClient.builder(), new PartnersProperties("R1/PT1M", Set.of(), endpoint, endpoint, endpoint, endpoint, endpoint, endpoint),
        new IncomeMapperImpl());
  }

  @Test
  void readsIncomeAndStudentFinance() {
    income.stubFor(post("/inkomensgegevens").willReturn(okJson("""
        {"nettoMaandinkomen": 612.40, "studiefinancieringMogelijk": true, "bronnen": ["UWV"]}""")));

    IncomeFacts facts = client(Duration.ofSeconds(2)).incomeOn(BSN, REFERENCE);

    assertThat(facts).isEqualTo(new IncomeFacts(new BigDecimal("612.40"), true, true));
    income.verify(postRequestedFor(urlEqualTo("/inkomensgegevens"))
        .withRequestBody(equalToJson("{\"burgerservicenummer\": \"999993653\", \"peildatum\": \"2026-11-23\"}")));
  }

  @Test
  void notFoundMeansNothingRegistered() {
    income.stubFor(post("/inkomensgegevens").willReturn(aResponse().withStatus(404)));

    assertThat(client(Duration.ofSeconds(2)).incomeOn(BSN, REFERENCE)).isEqualTo(IncomeFacts.noneRegistered());
  }

  @Test
  void aServerErrorIsATechnicalFailure() {
    income.stubFor(post("/inkomensgegevens").willReturn(aResponse().withStatus(503).withBody("999993653 onbekend")));

    assertThatThrownBy(() -> client(Duration.ofSeconds(2)).incomeOn(BSN, REFERENCE))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("Suwinet-inkomen unavailable: HTTP 503");
  }

  @Test
  void aTimeoutIsATechnicalFailure() {
    income.stubFor(post("/inkomensgegevens").willReturn(okJson("{}").withFixedDelay(1500)));

    assertThatThrownBy(() -> client(Duration.ofMillis(300)).incomeOn(BSN, REFERENCE))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("Suwinet-inkomen unavailable: timeout");
  }

  @Test
  void readsTheJobThatStartedLastSinceTheDateAsked() {
    income.stubFor(post("/dienstverbanden").willReturn(okJson("""
        {"dienstverbanden": [
          {"ingangsdatum": "2025-03-01", "urenPerWeek": 12, "brutoMaandloon": 600.00, "nettoMaandloon": 520.00},
          {"ingangsdatum": "2026-11-01", "urenPerWeek": 24, "brutoMaandloon": 1050.00, "nettoMaandloon": 800.00},
          {"ingangsdatum": "2026-10-28", "urenPerWeek": 8, "brutoMaandloon": 300.00, "nettoMaandloon": 280.00}]}""")));

    EmploymentFacts job = client(Duration.ofSeconds(2)).employmentSince(BSN, LocalDate.of(2026, 10, 23));

    assertThat(job).isEqualTo(new EmploymentFacts(true, LocalDate.of(2026, 11, 1), new BigDecimal("24"),
        new BigDecimal("1050.00"), new BigDecimal("800.00")));
    income.verify(postRequestedFor(urlEqualTo("/dienstverbanden"))
        .withRequestBody(equalToJson("{\"burgerservicenummer\": \"999993653\", \"vanaf\": \"2026-10-23\"}")));
  }

  @Test
  void noJobSinceTheDateOrNotFoundIsNotKnownYet() {
    income.stubFor(post("/dienstverbanden").willReturn(okJson("""
        {"dienstverbanden": [{"ingangsdatum": "2025-03-01", "urenPerWeek": 12, "nettoMaandloon": 520.00}]}""")));
    assertThat(client(Duration.ofSeconds(2)).employmentSince(BSN, LocalDate.of(2026, 10, 23)))
        .isEqualTo(EmploymentFacts.notKnown());

    income.stubFor(post("/dienstverbanden").willReturn(aResponse().withStatus(404)));
    assertThat(client(Duration.ofSeconds(2)).employmentSince(BSN, LocalDate.of(2026, 10, 23)))
        .isEqualTo(EmploymentFacts.notKnown());
  }

  @Test
  void aJobsServerErrorIsATechnicalFailureWithoutTheBsn() {
    income.stubFor(post("/dienstverbanden").willReturn(aResponse().withStatus(500).withBody("999993653 fout")));

    assertThatThrownBy(() -> client(Duration.ofSeconds(2)).employmentSince(BSN, LocalDate.of(2026, 10, 23)))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("Suwinet-inkomen unavailable: HTTP 500");
  }
}
