package nl.gemeente.participatie.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The purchase's rules, moved out of the delegates and the BPMN into the trajectory domain. */
class PurchaseRulesTest {

  static final BigDecimal CEILING = new BigDecimal("4500.00");

  @Test
  void anInvoiceIsPaidAsItStandsOnlyWithinThePriceCeilingAndTheReservation() {
    assertThat(Invoices.within(new BigDecimal("4500.00"), CEILING, new BigDecimal("4500.00"))).isTrue();
    assertThat(Invoices.within(new BigDecimal("4500.01"), CEILING, new BigDecimal("5000.00"))).isFalse();
    assertThat(Invoices.within(new BigDecimal("4000.00"), CEILING, new BigDecimal("3999.99"))).isFalse();
    assertThat(Invoices.within(new BigDecimal("4000.00"), CEILING, BigDecimal.ZERO)).isFalse();
  }

  @Test
  void onlyAMaatschappelijkeBaanNeedsASignedAgreement() {
    assertThat(TrajectoryTypes.agreementRequired("MAATSCHAPPELIJKE_BAAN")).isTrue();
    assertThat(TrajectoryTypes.agreementRequired("WORK_EXPERIENCE_PLACEMENT")).isFalse();
    assertThat(TrajectoryTypes.agreementRequired("WORK_FIT_TRAJECTORY")).isFalse();
    assertThat(TrajectoryTypes.agreementRequired(null)).isFalse();
  }

  @Test
  void placementsWithKeptBenefitAskWhetherAPaidJobCanFollow() {
    assertThat(TrajectoryTypes.keepsBenefit("MAATSCHAPPELIJKE_BAAN")).isTrue();
    assertThat(TrajectoryTypes.keepsBenefit("WORK_EXPERIENCE_PLACEMENT")).isTrue();
    assertThat(TrajectoryTypes.keepsBenefit("SOCIAL_ACTIVATION")).isFalse();
  }

  @Test
  void aPurchaseReservesTheHighestCeilingOfItsCandidatesAndNothingWithoutOne() {
    assertThat(BudgetLedger.amountToReserve(List.of(candidate("A", "3000.00"), candidate("B", "4500.00"),
        candidate("C", "4000.00")))).contains(new BigDecimal("4500.00"));
    assertThat(BudgetLedger.amountToReserve(List.of())).isEmpty();
  }

  @Test
  void anApprovedOverrunExtendsTheBudgetByExactlyTheShortfall() {
    BudgetLedger.Budget budget = new BudgetLedger.Budget(2027, "WORK_FIT_TRAJECTORY", new BigDecimal("10000.00"),
        BigDecimal.ZERO, new BigDecimal("7000.00"), new BigDecimal("1000.00"));

    assertThat(BudgetLedger.shortfall(budget, new BigDecimal("4500.00"))).isEqualByComparingTo("2500.00");
    assertThat(BudgetLedger.shortfall(budget, new BigDecimal("2000.00"))).isEqualByComparingTo("0");
    assertThat(BudgetLedger.shortfall(budget, new BigDecimal("2000.01"))).isEqualByComparingTo("0.01");
  }

  @Test
  void theTeamLeadChoosesAndMotivatesAnOverrun() {
    BudgetRepository budgets = mock(BudgetRepository.class);
    BudgetLedger ledger = new BudgetLedger(budgets, Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC));

    assertThatThrownBy(() -> ledger.decideShortfall("PW-2027-000001", 2027, "WORK_FIT_TRAJECTORY", CEILING, null, "x", "tl"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Kies: overschrijding goedkeuren of wachtlijst.");
    assertThatThrownBy(() -> ledger.decideShortfall("PW-2027-000001", 2027, "WORK_FIT_TRAJECTORY", CEILING,
        "APPROVE_OVERRUN", " ", "tl"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Motiveer de overschrijding van het budget.");
    assertThat(ledger.decideShortfall("PW-2027-000001", 2027, "WORK_FIT_TRAJECTORY", CEILING, "WAITING_LIST", null, "tl"))
        .isEmpty();
    verifyNoInteractions(budgets);

    when(budgets.find(2027, "WORK_FIT_TRAJECTORY")).thenReturn(Optional.of(new BudgetLedger.Budget(2027,
        "WORK_FIT_TRAJECTORY", new BigDecimal("10000.00"), BigDecimal.ZERO, new BigDecimal("8000.00"), BigDecimal.ZERO)));
    assertThat(ledger.decideShortfall("PW-2027-000001", 2027, "WORK_FIT_TRAJECTORY", CEILING, "APPROVE_OVERRUN",
        "Klant kan morgen starten", "tl")).isPresent();
    verify(budgets).reserveWithOverrun(eq(2027), eq("WORK_FIT_TRAJECTORY"), eq(new BigDecimal("2500.00")), eq(CEILING));
    verify(budgets).insertReservation(any(), eq("tl"), any());
  }

  private static ProviderSelection.Candidate candidate(String partner, String ceiling) {
    return new ProviderSelection.Candidate(partner, new BigDecimal(ceiling), "C-" + partner);
  }
}
