package nl.gemeente.participatie.partner.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
import nl.gemeente.participatie.eligibility.BenefitPayments;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.partner.PartnerEndpoint;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/** The benefits administration client against a real HTTP server speaking the service's contract. */
class PaymentsClientTest {

  @RegisterExtension
  static WireMockExtension payments = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final BenefitPayments.BenefitStart START = new BenefitPayments.BenefitStart(
      "PW-2026-000042", Bsn.of("999993653"), LocalDate.of(2026, 11, 1), new BigDecimal("1401.50"));

  PaymentsClient client() {
    PartnerEndpoint endpoint = new PartnerEndpoint(URI.create(payments.baseUrl()), null, Duration.ofSeconds(1), Duration.ofSeconds(2));
    return new PaymentsClient(RestClient.builder(),
        new PartnersProperties("R1/PT1M", Set.of(), endpoint, endpoint, endpoint, endpoint, endpoint, endpoint));
  }

  @Test
  void startsABenefit() {
    payments.stubFor(post("/uitkeringen").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"uitkeringId\": \"U-77\"}")));

    assertThat(client().start(START)).isEqualTo("U-77");
    payments.verify(postRequestedFor(urlEqualTo("/uitkeringen")).withRequestBody(equalToJson("""
        {"zaakReferentie": "PW-2026-000042", "burgerservicenummer": "999993653", "regeling": "ALGEMENE_BIJSTAND",
         "ingangsdatum": "2026-11-01", "bedragPerMaand": 1401.50}""")));
  }

  @Test
  void aFailureIsTechnicalAndKeepsThePersonOutOfTheMessage() {
    payments.stubFor(post("/uitkeringen").willReturn(aResponse().withStatus(500).withBody("BSN 999993653 onbekend")));

    assertThatThrownBy(() -> client().start(START))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("Uitkeringsadministratie unavailable: HTTP 500");
  }

  @Test
  void changesTheMonthlyAmountFromADate() {
    payments.stubFor(post("/uitkeringen/U-77/wijzigingen").willReturn(aResponse().withStatus(202)));

    client().change(new BenefitPayments.BenefitChange("PW-2026-000042", "U-77", LocalDate.of(2026, 12, 1),
        new BigDecimal("801.50")));

    payments.verify(postRequestedFor(urlEqualTo("/uitkeringen/U-77/wijzigingen")).withRequestBody(equalToJson("""
        {"zaakReferentie": "PW-2026-000042", "ingangsdatum": "2026-12-01", "bedragPerMaand": 801.50}""")));
  }

  @Test
  void endsTheBenefitWithAReasonCode() {
    payments.stubFor(post("/uitkeringen/U-77/beeindiging").willReturn(aResponse().withStatus(202)));

    client().end(new BenefitPayments.BenefitEnd("PW-2026-000042", "U-77", LocalDate.of(2026, 11, 30),
        "INKOMSTEN_UIT_ARBEID"));

    payments.verify(postRequestedFor(urlEqualTo("/uitkeringen/U-77/beeindiging")).withRequestBody(equalToJson("""
        {"zaakReferentie": "PW-2026-000042", "einddatum": "2026-11-30", "reden": "INKOMSTEN_UIT_ARBEID"}""")));
  }

  @Test
  void aRefusedChangeIsATechnicalFailure() {
    payments.stubFor(post("/uitkeringen/U-77/wijzigingen").willReturn(aResponse().withStatus(409)));

    assertThatThrownBy(() -> client().change(new BenefitPayments.BenefitChange("PW-2026-000042", "U-77",
        LocalDate.of(2026, 12, 1), new BigDecimal("801.50"))))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("Uitkeringsadministratie unavailable: HTTP 409");
  }
}
