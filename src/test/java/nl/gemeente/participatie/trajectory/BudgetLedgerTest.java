package nl.gemeente.participatie.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.trajectory.BudgetLedger.Insufficient;
import nl.gemeente.participatie.trajectory.BudgetLedger.Outcome;
import nl.gemeente.participatie.trajectory.BudgetLedger.Reserved;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The budget ledger on PostgreSQL, under concurrent reservations. */
@PostgresServiceTest
class BudgetLedgerTest {

  static final int YEAR = 2027;

  @Autowired BudgetLedger ledger;
  @Autowired JdbcTemplate jdbc;

  String instrument;

  @BeforeEach
  void freshBudget() {
    instrument = "WORK_FIT_" + UUID.randomUUID().toString().substring(0, 8);
    ledger.setBudget(YEAR, instrument, new BigDecimal("10000.00"));
  }

  @Test
  void manyParallelReservationsNeverExceedTheBudgetAndEachGetsAClearAnswer() throws Exception {
    int requests = 50;
    BigDecimal each = new BigDecimal("700.00");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Outcome>> calls = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String caseId = "PW-2027-" + String.format("%06d", i);
      calls.add(() -> {
        start.await();
        return ledger.reserve(caseId, YEAR, instrument, each);
      });
    }
    List<Future<Outcome>> futures = new ArrayList<>();
    try {
      calls.forEach(call -> futures.add(pool.submit(call)));
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }

      assertThat(outcomes).hasSize(requests).allMatch(o -> o instanceof Reserved || o instanceof Insufficient);
      assertThat(outcomes).filteredOn(o -> o instanceof Reserved).hasSize(14);
      assertThat(outcomes).filteredOn(o -> o instanceof Insufficient).hasSize(36);
    } finally {
      pool.shutdownNow();
    }
    BudgetLedger.Budget budget = ledger.find(YEAR, instrument).orElseThrow();
    assertThat(budget.reserved()).isEqualByComparingTo("9800.00");
    assertThat(budget.available()).isEqualByComparingTo("200.00");
    assertThat(jdbc.queryForObject("select sum(amount) from pw_budget_reservation where instrument = ? and status = 'RESERVED'",
        BigDecimal.class, instrument)).isEqualByComparingTo("9800.00");
  }

  @Test
  void theLastMoneyGoesToExactlyOneOfTwoCaseworkers() throws Exception {
    ledger.reserve("PW-2027-000001", YEAR, instrument, new BigDecimal("9000.00"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      Future<Outcome> first = pool.submit(() -> {
        start.await();
        return ledger.reserve("PW-2027-000002", YEAR, instrument, new BigDecimal("1000.00"));
      });
      Future<Outcome> second = pool.submit(() -> {
        start.await();
        return ledger.reserve("PW-2027-000003", YEAR, instrument, new BigDecimal("1000.00"));
      });
      start.countDown();

      assertThat(List.of(first.get(), second.get())).filteredOn(o -> o instanceof Reserved).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(ledger.find(YEAR, instrument).orElseThrow().available()).isEqualByComparingTo("0.00");
  }

  @Test
  void notEnoughBudgetSaysWhatIsLeftAndReservesNothing() {
    ledger.reserve("PW-2027-000001", YEAR, instrument, new BigDecimal("9500.00"));

    Outcome outcome = ledger.reserve("PW-2027-000002", YEAR, instrument, new BigDecimal("600.00"));

    assertThat(outcome).isEqualTo(new Insufficient(new BigDecimal("500.00")));
    assertThat(ledger.find(YEAR, instrument).orElseThrow().reserved()).isEqualByComparingTo("9500.00");
  }

  @Test
  void anApprovedOverrunExtendsTheBudgetByExactlyTheShortfall() {
    ledger.reserve("PW-2027-000001", YEAR, instrument, new BigDecimal("9500.00"));

    Reserved reserved = ledger.reserveWithApprovedOverrun("PW-2027-000002", YEAR, instrument, new BigDecimal("600.00"), "teamlead");

    BudgetLedger.Budget budget = ledger.find(YEAR, instrument).orElseThrow();
    assertThat(budget.approvedOverrun()).isEqualByComparingTo("100.00");
    assertThat(budget.available()).isEqualByComparingTo("0.00");
    assertThat(jdbc.queryForObject("select approved_by from pw_budget_reservation where reservation_id = ?", String.class,
        reserved.reservationId())).isEqualTo("teamlead");
  }

  @Test
  void settlementSpendsTheInvoiceAndReleaseFreesTheMoneyEachOnce() {
    Reserved settled = (Reserved) ledger.reserve("PW-2027-000001", YEAR, instrument, new BigDecimal("3000.00"));
    Reserved released = (Reserved) ledger.reserve("PW-2027-000002", YEAR, instrument, new BigDecimal("2000.00"));

    ledger.settle(settled.reservationId(), new BigDecimal("2750.00"));
    ledger.release(released.reservationId());

    BudgetLedger.Budget budget = ledger.find(YEAR, instrument).orElseThrow();
    assertThat(budget.spent()).isEqualByComparingTo("2750.00");
    assertThat(budget.reserved()).isEqualByComparingTo("0.00");
    assertThat(budget.available()).isEqualByComparingTo("7250.00");
    assertThatThrownBy(() -> ledger.release(released.reservationId())).isInstanceOf(BudgetLedger.UnknownReservationException.class);
    assertThatThrownBy(() -> ledger.settle(settled.reservationId(), BigDecimal.ONE))
        .isInstanceOf(BudgetLedger.UnknownReservationException.class);
  }

  @Test
  void theDatabaseItselfRefusesAnUnapprovedOverdraft() {
    assertThatThrownBy(() -> jdbc.update(
        "update pw_budget set reserved = amount + 1 where budget_year = ? and instrument = ?", YEAR, instrument))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
