package nl.gemeente.participatie.partner.payments;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import nl.gemeente.participatie.eligibility.BenefitPayments;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.partner.PartnerHttp;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The service's own contract with the benefits administration (docs/partners.md):
 * {@code POST {base}/uitkeringen} starts a benefit, {@code POST {base}/uitkeringen/{id}/wijzigingen}
 * changes its monthly amount from a date, {@code POST {base}/uitkeringen/{id}/beeindiging} ends it,
 * {@code .../opschorting} suspends and {@code .../hervatting} resumes it; an adapter per product (Socrates,
 * Suite4Sociaal Domein, GWS4all) can serve it. The BSN is in the body: the administration pays the
 * person.
 */
@Component
class PaymentsClient implements BenefitPayments {

  record StartRequest(String zaakReferentie, String burgerservicenummer, String regeling, String ingangsdatum,
      BigDecimal bedragPerMaand) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record StartResponse(String uitkeringId) {}

  record ChangeRequest(String zaakReferentie, String ingangsdatum, BigDecimal bedragPerMaand) {}

  record EndRequest(String zaakReferentie, String einddatum, String reden) {}

  private final RestClient http;

  PaymentsClient(RestClient.Builder builder, PartnersProperties partners) {
    this.http = PartnerHttp.restClient(builder, partners.payments());
  }

  @Override
  public String start(BenefitStart start) {
    StartResponse response = PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/uitkeringen")
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON)
        .body(new StartRequest(start.caseId(), start.bsn().value(), "ALGEMENE_BIJSTAND",
            start.startDate().toString(), start.monthlyAmount()))
        .retrieve()
        .body(StartResponse.class));
    if (response == null || response.uitkeringId() == null) {
      throw new PartnerUnavailableException(PARTNER, "answer without uitkeringId");
    }
    return response.uitkeringId();
  }

  @Override
  public void change(BenefitChange change) {
    PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/uitkeringen/{id}/wijzigingen", change.benefitReference())
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ChangeRequest(change.caseId(), change.effectiveDate().toString(), change.monthlyAmount()))
        .retrieve()
        .toBodilessEntity());
  }

  record SuspendRequest(String zaakReferentie, String ingangsdatum) {}

  record ResumeRequest(String zaakReferentie) {}

  @Override
  public void suspend(String caseId, String benefitReference, java.time.LocalDate from) {
    PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/uitkeringen/{id}/opschorting", benefitReference)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new SuspendRequest(caseId, from.toString()))
        .retrieve()
        .toBodilessEntity());
  }

  @Override
  public void resume(String caseId, String benefitReference) {
    PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/uitkeringen/{id}/hervatting", benefitReference)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ResumeRequest(caseId))
        .retrieve()
        .toBodilessEntity());
  }

  @Override
  public void end(BenefitEnd end) {
    PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/uitkeringen/{id}/beeindiging", end.benefitReference())
        .contentType(MediaType.APPLICATION_JSON)
        .body(new EndRequest(end.caseId(), end.endDate().toString(), end.reason()))
        .retrieve()
        .toBodilessEntity());
  }
}
