package nl.gemeente.participatie.eligibility;

import nl.gemeente.participatie.common.PartnerUnavailableException;
import java.util.Optional;
import nl.gemeente.participatie.zaak.Bsn;

/** Port to the BRP (Basisregistratie Personen). */
public interface PersonRegistry {

  String PARTNER = "BRP";

  /**
   * @return the person, or empty when the BRP does not know the BSN (a business outcome)
   * @throws PartnerUnavailableException when the BRP cannot answer
   */
  Optional<PersonFacts> findPerson(Bsn bsn);

  /**
   * The current spouse or registered partner of the person (art. 3 lid 1: gehuwd), to ask the income
   * source for the partner's income. The BSN is personal data: use it for that call and keep it nowhere.
   *
   * @return the partner's BSN and birth date, or empty when the BRP shows no partner with a BSN (or not the person)
   * @throws PartnerUnavailableException when the BRP cannot answer
   */
  Optional<PartnerFacts> partnerOf(Bsn bsn);
}
