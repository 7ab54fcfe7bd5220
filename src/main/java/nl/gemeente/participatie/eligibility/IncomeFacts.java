package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;

/** Income and student finance as known to UWV and DUO (through Suwinet). */
public record IncomeFacts(BigDecimal netMonthlyIncome, boolean studentFinanceEligible, boolean known) {

  /** Nothing registered: no income from work or benefits, no student finance. The caseworker verifies. */
  public static IncomeFacts noneRegistered() {
    return new IncomeFacts(BigDecimal.ZERO, false, false);
  }
}
