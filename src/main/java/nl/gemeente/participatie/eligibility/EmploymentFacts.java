package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A job as known to UWV's polisadministratie (through Suwinet): contract start, hours and monthly
 * wage. A new job often appears there only after the first wage declaration, so "not known" is
 * normal shortly after the start; the caseworker then enters the figures from the contract.
 */
public record EmploymentFacts(boolean known, LocalDate contractStart, BigDecimal hoursPerWeek,
    BigDecimal grossMonthlyWage, BigDecimal netMonthlyWage) {

  public static EmploymentFacts notKnown() {
    return new EmploymentFacts(false, null, null, null, null);
  }
}
