package nl.gemeente.participatie.eligibility;

import nl.gemeente.participatie.common.PartnerUnavailableException;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gemeente.participatie.intake.Bsn;

/**
 * Port to the benefits administration (Socrates, Suite4Sociaal Domein, GWS4all) that pays the
 * benefit; the service's own small contract (README), one adapter per product.
 */
public interface BenefitPayments {

  String PARTNER = "Uitkeringsadministratie";

  record BenefitStart(String caseId, Bsn bsn, LocalDate startDate, BigDecimal monthlyAmount) {}

  /**
   * @return the administration's reference for the benefit
   * @throws PartnerUnavailableException when the administration cannot answer or refuses
   */
  String start(BenefitStart start);
}
