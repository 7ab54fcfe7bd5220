package nl.gemeente.participatie.partner.payments;

import java.math.BigDecimal;
import nl.gemeente.participatie.partner.PartnerHttp;
import nl.gemeente.participatie.partner.PartnersProperties;
import nl.gemeente.participatie.trajectory.InvoicePayments;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@code POST {payments base}/facturen}: pays a checked partner invoice (the service's own contract). */
@Component
class InvoicePaymentsClient implements InvoicePayments {

  record Factuur(String zaakReferentie, String partnerId, String factuurnummer, BigDecimal bedrag) {}

  private final RestClient http;

  InvoicePaymentsClient(RestClient.Builder builder, PartnersProperties partners) {
    this.http = PartnerHttp.restClient(builder, partners.payments());
  }

  @Override
  public void pay(String caseId, String partnerId, String invoiceNumber, BigDecimal amount) {
    PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/facturen")
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Factuur(caseId, partnerId, invoiceNumber, amount))
        .retrieve()
        .toBodilessEntity());
  }
}
