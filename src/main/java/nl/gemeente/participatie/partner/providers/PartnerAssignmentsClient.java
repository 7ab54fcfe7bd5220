package nl.gemeente.participatie.partner.providers;

import java.math.BigDecimal;
import nl.gemeente.participatie.partner.PartnerHttp;
import nl.gemeente.participatie.partner.PartnersProperties;
import nl.gemeente.participatie.trajectory.PartnerAssignments;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Assignments go to the partners' gateway (the municipality's purchase portal or a broker):
 * {@code POST {base}/opdrachten}. The case reference identifies the client; no BSN.
 */
@Component
class PartnerAssignmentsClient implements PartnerAssignments {

  record Opdracht(String opdrachtId, String partnerId, String zaakReferentie, String trajectType,
      BigDecimal prijsplafond, String terugmeldpad) {}

  private final RestClient http;

  PartnerAssignmentsClient(RestClient.Builder builder, PartnersProperties partners) {
    this.http = PartnerHttp.restClient(builder, partners.providers());
  }

  record Herinnering(String opdrachtId, String partnerId, String onderwerp) {}

  @Override
  public void remind(String assignmentId, String partnerId) {
    PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/herinneringen")
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Herinnering(assignmentId, partnerId, "Voortgangsrapportage ontbreekt"))
        .retrieve()
        .toBodilessEntity());
  }

  @Override
  public void offer(Offer offer) {
    PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/opdrachten")
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Opdracht(offer.assignmentId(), offer.partnerId(), offer.caseId(), offer.trajectoryType(),
            offer.priceCeiling(), "/api/partners/assignments/" + offer.assignmentId() + "/answer"))
        .retrieve()
        .toBodilessEntity());
  }
}
