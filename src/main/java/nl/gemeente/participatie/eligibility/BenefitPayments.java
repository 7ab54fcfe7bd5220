package nl.gemeente.participatie.eligibility;

import nl.gemeente.participatie.common.PartnerUnavailableException;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gemeente.participatie.zaak.Bsn;

/**
 * Port to the benefits administration (Socrates, Suite4Sociaal Domein, GWS4all) that pays the
 * benefit; the service's own small contract (docs/partners.md), one adapter per product.
 */
public interface BenefitPayments {

  String PARTNER = "Uitkeringsadministratie";

  record BenefitStart(String caseId, Bsn bsn, LocalDate startDate, BigDecimal monthlyAmount) {}

  /**
   * @return the administration's reference for the benefit
   * @throws PartnerUnavailableException when the administration cannot answer or refuses
   */
  String start(BenefitStart start);

  /** From {@code effectiveDate} the benefit pays {@code monthlyAmount} (a supplement beside income from work). */
  record BenefitChange(String caseId, String benefitReference, LocalDate effectiveDate, BigDecimal monthlyAmount) {}

  /** The benefit ends on {@code endDate}; {@code reason} is a code, never free text about the person. */
  record BenefitEnd(String caseId, String benefitReference, LocalDate endDate, String reason) {}

  /** @throws PartnerUnavailableException when the administration cannot answer or refuses */
  void change(BenefitChange change);

  /** @throws PartnerUnavailableException when the administration cannot answer or refuses */
  void end(BenefitEnd end);

  /** Payments stop from {@code from} until resumed (art. 54 lid 2); nothing is paid out meanwhile. */
  void suspend(String caseId, String benefitReference, LocalDate from);

  /** A suspended benefit is paid again, the withheld months included. */
  void resume(String caseId, String benefitReference);
}
