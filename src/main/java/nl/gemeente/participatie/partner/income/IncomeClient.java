package nl.gemeente.participatie.partner.income;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gemeente.participatie.eligibility.IncomeData;
import nl.gemeente.participatie.eligibility.IncomeFacts;
import nl.gemeente.participatie.intake.Bsn;
import nl.gemeente.participatie.partner.PartnerHttp;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Income and student finance over the service's own JSON contract (README, "Partner contracts"),
 * to be served by a Suwinet gateway: {@code POST {base}/inkomensgegevens}; 404 means nothing is
 * registered for the person.
 */
@Component
class IncomeClient implements IncomeData {

  /** {@code peildatum} as an ISO date string, whatever the JSON mapper's date settings. */
  record Query(String burgerservicenummer, String peildatum) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Answer(BigDecimal nettoMaandinkomen, Boolean studiefinancieringMogelijk) {}

  private final RestClient http;
  private final IncomeMapper mapper;

  IncomeClient(RestClient.Builder builder, PartnersProperties partners, IncomeMapper mapper) {
    this.http = PartnerHttp.restClient(builder, partners.income());
    this.mapper = mapper;
  }

  @Override
  public IncomeFacts incomeOn(Bsn bsn, LocalDate referenceDate) {
    Answer answer = PartnerHttp.postOrNotFound(PARTNER, http, "/inkomensgegevens",
        new Query(bsn.value(), referenceDate.toString()), Answer.class);
    return answer == null ? IncomeFacts.noneRegistered() : mapper.toFacts(answer);
  }
}
