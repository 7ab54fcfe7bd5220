package nl.gemeente.participatie.partner.benefits;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.gemeente.participatie.eligibility.BenefitsRegister;
import nl.gemeente.participatie.eligibility.BenefitsRegisterFacts;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.partner.PartnerHttp;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Inlichtingenbureau Bijstandsregelingen over the service's own JSON contract (docs/partners.md):
 * {@code POST {base}/bijstandsregelingen}; 404 means the person is not registered anywhere.
 */
@Component
class BenefitsRegisterClient implements BenefitsRegister {

  record Query(String burgerservicenummer) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Answer(Boolean lopendeBijstandElders, Boolean openstaandeVorderingen) {}

  private final RestClient http;
  private final BenefitsRegisterMapper mapper;

  BenefitsRegisterClient(RestClient.Builder builder, PartnersProperties partners, BenefitsRegisterMapper mapper) {
    this.http = PartnerHttp.restClient(builder, partners.benefitsRegister());
    this.mapper = mapper;
  }

  @Override
  public BenefitsRegisterFacts lookUp(Bsn bsn) {
    Answer answer = PartnerHttp.postOrNotFound(PARTNER, http, "/bijstandsregelingen", new Query(bsn.value()), Answer.class);
    return answer == null ? BenefitsRegisterFacts.nothingKnown() : mapper.toFacts(answer);
  }
}
