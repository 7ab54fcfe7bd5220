package nl.gemeente.participatie.partner.debt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.gemeente.participatie.assessment.DebtAssistance;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.partner.PartnerHttp;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The service's own contract with the debt-assistance partner (docs/partners.md):
 * {@code POST {base}/aanmeldingen} refers a client; the partner answers later on
 * {@code POST /api/partners/debt-assistance/referrals/{aanmeldingId}}.
 */
@Component
class DebtAssistanceClient implements DebtAssistance {

  record Aanmelding(String zaakReferentie, String burgerservicenummer, String reden) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Answer(String aanmeldingId) {}

  private final RestClient http;

  DebtAssistanceClient(RestClient.Builder builder, PartnersProperties partners) {
    this.http = PartnerHttp.restClient(builder, partners.debtAssistance());
  }

  @Override
  public String refer(String caseId, Bsn bsn) {
    Answer answer = PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/aanmeldingen")
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON)
        .body(new Aanmelding(caseId, bsn.value(), "Schulden gesignaleerd in de brede intake"))
        .retrieve()
        .body(Answer.class));
    if (answer == null || answer.aanmeldingId() == null || answer.aanmeldingId().isBlank()) {
      throw new PartnerUnavailableException(PARTNER, "answer without aanmeldingId");
    }
    return answer.aanmeldingId();
  }
}
