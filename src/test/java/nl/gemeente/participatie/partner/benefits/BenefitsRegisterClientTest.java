package nl.gemeente.participatie.partner.benefits;

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
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import nl.gemeente.participatie.eligibility.BenefitsRegisterFacts;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.partner.PartnerEndpoint;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/** The Inlichtingenbureau client against a real HTTP server speaking the service's contract. */
class BenefitsRegisterClientTest {

  @RegisterExtension
  static WireMockExtension ib = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final Bsn BSN = Bsn.of("999993653");

  BenefitsRegisterClient client(Duration readTimeout) {
    PartnerEndpoint endpoint = new PartnerEndpoint(URI.create(ib.baseUrl()), null, Duration.ofSeconds(1), readTimeout);
    return new BenefitsRegisterClient(RestClient.builder(),
        new PartnersProperties("R1/PT1M", Set.of(), endpoint, endpoint, endpoint, endpoint, endpoint, endpoint), new BenefitsRegisterMapperImpl());
  }

  @Test
  void readsBijstandElsewhere() {
    ib.stubFor(post("/bijstandsregelingen").willReturn(okJson(
        "{\"lopendeBijstandElders\": true, \"openstaandeVorderingen\": false, \"gemeente\": \"0995\"}")));

    assertThat(client(Duration.ofSeconds(2)).lookUp(BSN)).isEqualTo(new BenefitsRegisterFacts(true, false));
    ib.verify(postRequestedFor(urlEqualTo("/bijstandsregelingen"))
        .withRequestBody(equalToJson("{\"burgerservicenummer\": \"999993653\"}")));
  }

  @Test
  void notFoundMeansNothingKnown() {
    ib.stubFor(post("/bijstandsregelingen").willReturn(aResponse().withStatus(404)));

    assertThat(client(Duration.ofSeconds(2)).lookUp(BSN)).isEqualTo(BenefitsRegisterFacts.nothingKnown());
  }

  @Test
  void aServerErrorIsATechnicalFailure() {
    ib.stubFor(post("/bijstandsregelingen").willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> client(Duration.ofSeconds(2)).lookUp(BSN))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("Inlichtingenbureau unavailable: HTTP 500");
  }

  @Test
  void aTimeoutIsATechnicalFailure() {
    ib.stubFor(post("/bijstandsregelingen").willReturn(okJson("{}").withFixedDelay(1500)));

    assertThatThrownBy(() -> client(Duration.ofMillis(300)).lookUp(BSN))
        .isInstanceOf(PartnerUnavailableException.class)
        .hasMessage("Inlichtingenbureau unavailable: timeout");
  }
}
