package nl.gemeente.participatie.partner.brp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.participatie.eligibility.PartnerFacts;
import nl.gemeente.participatie.eligibility.PersonFacts;
import nl.gemeente.participatie.eligibility.PersonRegistry;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.partner.PartnerHttp;
import nl.gemeente.participatie.partner.PartnersProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Haal Centraal BRP Personen Bevragen v2: {@code POST {base}/personen} with the BSN in the body
 * (never in the URL). An empty {@code personen} list means the BSN is unknown.
 */
@Component
class BrpClient implements PersonRegistry {

  private final RestClient http;
  private final BrpMapper mapper;
  private final Clock clock;
  private final Set<String> lawfulResidenceCodes;

  BrpClient(RestClient.Builder builder, PartnersProperties partners, BrpMapper mapper, Clock clock) {
    this.http = PartnerHttp.restClient(builder, partners.brp());
    this.mapper = mapper;
    this.clock = clock;
    this.lawfulResidenceCodes = partners.brpLawfulResidenceCodes();
  }

  @Override
  public Optional<PersonFacts> findPerson(Bsn bsn) {
    return first(BrpPersonen.Query.byBsn(bsn.value()))
        .map(person -> mapper.toFacts(person, LocalDate.now(clock), lawfulResidenceCodes));
  }

  /**
   * The BSN of the person's current spouse or registered partner, asked with field {@code partners}
   * only. A partner without a (valid) BSN in the BRP, e.g. a marriage abroad with a partner never
   * registered, counts as none found: the rules then see a couple without a BRP partner.
   */
  @Override
  public Optional<PartnerFacts> partnerOf(Bsn bsn) {
    return first(BrpPersonen.Query.partnersOf(bsn.value()))
        .filter(person -> person.partners() != null)
        .flatMap(person -> person.partners().stream()
            .filter(partner -> Bsn.passesElevenTest(partner.burgerservicenummer()))
            .findFirst())
        .map(partner -> new PartnerFacts(Bsn.of(partner.burgerservicenummer()),
            partner.geboorte() == null ? null : mapper.fullDate(partner.geboorte().datum())));
  }

  /** The person the query asks for; empty when the BSN is unknown (an empty {@code personen} list). */
  private Optional<BrpPersonen.Persoon> first(BrpPersonen.Query query) {
    BrpPersonen.Answer answer = PartnerHttp.call(PARTNER, () -> http.post()
        .uri("/personen")
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON)
        .body(query)
        .retrieve()
        .body(BrpPersonen.Answer.class));
    if (answer == null || answer.personen() == null || answer.personen().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(answer.personen().get(0));
  }
}
