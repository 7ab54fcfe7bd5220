package nl.gemeente.participatie.partner.zgw;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Clock;
import nl.gemeente.participatie.eligibility.DecisionRegistry;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.partner.PartnerHttp;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * ZGW Besluiten API (Open Zaak): {@code POST {base}/besluiten/api/v1/besluiten}. The besluit carries
 * no personal data; the case id is its identification within the municipality.
 */
@Component
@EnableConfigurationProperties(ZgwProperties.class)
class ZgwBesluitenClient implements DecisionRegistry {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BesluitRequest(String identificatie, String verantwoordelijkeOrganisatie, URI besluittype,
      String datum, String ingangsdatum, String toelichting) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record BesluitResponse(String url, String identificatie) {}

  private final RestClient http;
  private final ZgwProperties zgw;
  private final Clock clock;

  ZgwBesluitenClient(RestClient.Builder builder, ZgwProperties zgw, Clock clock) {
    this.http = PartnerHttp.restClient(builder, zgw.endpoint());
    this.zgw = zgw;
    this.clock = clock;
  }

  @Override
  public String register(Besluit besluit) {
    URI besluittype = zgw.besluittypen().get(besluit.decision().name());
    if (besluittype == null) {
      throw new PartnerUnavailableException(PARTNER, "no besluittype configured for " + besluit.decision());
    }
    BesluitRequest request = new BesluitRequest(besluit.identification(), zgw.rsin(), besluittype,
        besluit.date().toString(), besluit.effectiveDate().toString(), "Participatiewet, zaak " + besluit.caseId());
    BesluitResponse response = PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/besluiten/api/v1/besluiten")
        .header("Authorization", "Bearer " + ZgwJwt.token(zgw, "participatie-service", clock))
        .header("Accept-Crs", "EPSG:4326")
        .header("Content-Crs", "EPSG:4326")
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON)
        .body(request)
        .retrieve()
        .body(BesluitResponse.class));
    if (response == null || response.url() == null) {
      throw new PartnerUnavailableException(PARTNER, "answer without besluit URL");
    }
    return response.url();
  }
}
