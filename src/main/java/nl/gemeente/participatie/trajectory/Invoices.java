package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;

/** "Factuur controleren": whether a partner's invoice may be paid without a person's review. */
@Service
public class Invoices {

  private final AssignmentService assignments;
  private final BudgetLedger ledger;

  Invoices(AssignmentService assignments, BudgetLedger ledger) {
    this.assignments = assignments;
    this.ledger = ledger;
  }

  /**
   * The invoice of the case's assignment against the assignment's price ceiling and the money
   * reserved for it (none reserved counts as zero).
   */
  public boolean withinContractAndReservation(String caseId, String assignmentId, String reservationId,
      BigDecimal amount) {
    BigDecimal ceiling = assignments.ofCase(caseId, assignmentId).priceCeiling();
    BigDecimal reserved = reservationId == null ? BigDecimal.ZERO
        : ledger.findReservation(reservationId).map(BudgetLedger.Reservation::amount).orElse(BigDecimal.ZERO);
    return within(amount, ceiling, reserved);
  }

  /**
   * Municipal purchasing policy (contracts with trajectory partners): an invoice is paid as it stands
   * only when it is at most the contract's price ceiling and at most the budget reserved for the
   * assignment; above either, the purchasing team decides (pay the ceiling or reject), since the
   * municipality never pays more than the contract price and never spends money it did not reserve.
   */
  public static boolean within(BigDecimal amount, BigDecimal priceCeiling, BigDecimal reserved) {
    return amount.compareTo(priceCeiling) <= 0 && amount.compareTo(reserved) <= 0;
  }
}
