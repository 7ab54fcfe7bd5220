package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Example budgets for this year in the demo profile, so a demo purchase does not stop at "budget
 * ontoereikend". Only where no budget exists yet; never in production (same switch as the demo users).
 */
@Component
class DemoBudgets {

  static final List<String> INSTRUMENTS =
      List.of("WORK_FIT_TRAJECTORY", "SOCIAL_ACTIVATION", "WORK_EXPERIENCE_PLACEMENT", "MAATSCHAPPELIJKE_BAAN");

  private final BudgetLedger ledger;
  private final Clock clock;
  private final boolean demo;

  DemoBudgets(BudgetLedger ledger, Clock clock, @Value("${participatie.demo-users:false}") boolean demo) {
    this.ledger = ledger;
    this.clock = clock;
    this.demo = demo;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createExampleBudgets() {
    if (!demo) {
      return;
    }
    int year = LocalDate.now(clock).getYear();
    for (String instrument : INSTRUMENTS) {
      if (ledger.find(year, instrument).isEmpty()) {
        ledger.setBudget(year, instrument, new BigDecimal("250000.00"));
      }
    }
  }
}
