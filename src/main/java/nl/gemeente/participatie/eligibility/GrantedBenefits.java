package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Port: the benefit a case's decision granted and that is in payment, for the features that change
 * it later (outflow to work). Other features read the eligibility tables only through this port.
 */
public interface GrantedBenefits {

  /** The monthly norm the grant was computed with, and the benefits administration's reference. */
  record BenefitInPayment(BigDecimal monthlyNorm, String paymentReference) {}

  /** A granted benefit with a payment reference (payment started); empty before that, or when refused. */
  Optional<BenefitInPayment> inPayment(String caseId);
}
