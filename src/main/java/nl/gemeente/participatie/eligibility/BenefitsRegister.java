package nl.gemeente.participatie.eligibility;

import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.zaak.Bsn;

/** Port to the Inlichtingenbureau: bijstand and claims in other municipalities. */
public interface BenefitsRegister {

  String PARTNER = "Inlichtingenbureau";

  /**
   * @return what is known; {@link BenefitsRegisterFacts#nothingKnown()} when the person is not registered
   * @throws PartnerUnavailableException when the Inlichtingenbureau cannot answer
   */
  BenefitsRegisterFacts lookUp(Bsn bsn);
}
