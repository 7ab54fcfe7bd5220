package nl.gemeente.participatie.partner.income;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.gemeente.participatie.eligibility.EmploymentFacts;
import nl.gemeente.participatie.eligibility.IncomeData;
import nl.gemeente.participatie.eligibility.IncomeFacts;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.partner.PartnerHttp;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Income and student finance over the service's own JSON contract (docs/partners.md),
 * to be served by a Suwinet gateway: {@code POST {base}/inkomensgegevens}; 404 means nothing is
 * registered for the person.
 */
@Component
class IncomeClient implements IncomeData {

  /** {@code peildatum} as an ISO date string, whatever the JSON mapper's date settings. */
  record Query(String burgerservicenummer, String peildatum) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Answer(BigDecimal nettoMaandinkomen, Boolean studiefinancieringMogelijk) {}

  record EmploymentQuery(String burgerservicenummer, String vanaf) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Employment(LocalDate ingangsdatum, BigDecimal urenPerWeek, BigDecimal brutoMaandloon, BigDecimal nettoMaandloon) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Employments(List<Employment> dienstverbanden) {}

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

  /** {@code POST {base}/dienstverbanden}: the jobs (inkomstenverhoudingen) that started on or after {@code vanaf}. */
  @Override
  public EmploymentFacts employmentSince(Bsn bsn, LocalDate since) {
    Employments answer = PartnerHttp.postOrNotFound(PARTNER, http, "/dienstverbanden",
        new EmploymentQuery(bsn.value(), since.toString()), Employments.class);
    if (answer == null || answer.dienstverbanden() == null) {
      return EmploymentFacts.notKnown();
    }
    return answer.dienstverbanden().stream()
        .filter(job -> job.ingangsdatum() != null && !job.ingangsdatum().isBefore(since))
        .max(Comparator.comparing(Employment::ingangsdatum))
        .map(mapper::toFacts)
        .orElse(EmploymentFacts.notKnown());
  }
}
