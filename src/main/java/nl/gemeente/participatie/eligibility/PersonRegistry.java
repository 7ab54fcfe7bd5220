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
}
