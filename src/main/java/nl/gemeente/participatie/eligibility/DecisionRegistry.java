package nl.gemeente.participatie.eligibility;

import nl.gemeente.participatie.common.PartnerUnavailableException;
import java.time.LocalDate;

/** Port to the municipality's decision registry: the ZGW Besluiten API (Open Zaak). */
public interface DecisionRegistry {

  String PARTNER = "ZGW Besluiten";

  /** A besluit without personal data: the case id is the reference. */
  record Besluit(String caseId, Decision decision, LocalDate date, LocalDate effectiveDate) {}

  /**
   * @return the URL of the registered besluit
   * @throws PartnerUnavailableException when the registry cannot answer or refuses
   */
  String register(Besluit besluit);
}
