package nl.gemeente.participatie.outflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The caseworker's review of the proposal ("Uitstroom naar werk beoordelen"): either confirm it, or
 * correct the job's figures (from the contract or pay slip), after which the rules propose again.
 *
 * @param choice {@code CONFIRM} or {@code CORRECT}
 */
public record OutflowReview(String choice, LocalDate contractStart, BigDecimal hoursPerWeek, BigDecimal netMonthlyWage,
    BigDecimal grossMonthlyWage, BigDecimal otherNetIncome, Boolean reducedWageValue, Boolean employerWantsTrial,
    String note) {

  public boolean confirms() {
    return "CONFIRM".equals(choice);
  }
}
