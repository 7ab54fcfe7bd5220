package nl.gemeente.participatie.eligibility;

import nl.gemeente.participatie.common.PartnerUnavailableException;
import java.time.LocalDate;

/** Port to the municipality's decision registry: the ZGW Besluiten API (Open Zaak). */
public interface DecisionRegistry {

  String PARTNER = "ZGW Besluiten";

  /** A besluit without personal data: the case id is the reference. */
  /**
   * @param reference distinguishes several besluiten of one kind in one case (e.g. two changes); null
   *     for the besluit on the application
   */
  record Besluit(String caseId, Decision decision, LocalDate date, LocalDate effectiveDate, String reference) {
    public Besluit(String caseId, Decision decision, LocalDate date, LocalDate effectiveDate) {
      this(caseId, decision, date, effectiveDate, null);
    }

    /** The identificatie within the municipality: unique per besluit, no personal data. */
    public String identification() {
      return caseId + "-" + decision + (reference == null ? "" : "-" + reference);
    }
  }

  /**
   * @return the URL of the registered besluit
   * @throws PartnerUnavailableException when the registry cannot answer or refuses
   */
  String register(Besluit besluit);
}
