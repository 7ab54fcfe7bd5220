package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outputs of decision {@code eligibility}: what the rules advise. A person decides.
 * {@code costSharingBase} is B of the kostendelersnorm (art. 22a lid 2) when the rules applied it, else null.
 */
public record Advice(boolean eligible, List<String> reasons, BigDecimal monthlyNorm, BigDecimal benefitAmount,
    BigDecimal costSharingBase) {

  public Advice(boolean eligible, List<String> reasons, BigDecimal monthlyNorm, BigDecimal benefitAmount) {
    this(eligible, reasons, monthlyNorm, benefitAmount, null);
  }
}
