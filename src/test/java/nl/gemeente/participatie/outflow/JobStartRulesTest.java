package nl.gemeente.participatie.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobStartRulesTest {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @Test
  void aJobStarting92DaysAheadIsReportedOne93DaysAheadLater() {
    assertThat(JobStartRules.startsTooFarAhead(TODAY.plusDays(92), TODAY)).isFalse();
    assertThat(JobStartRules.startsTooFarAhead(TODAY.plusDays(93), TODAY)).isTrue();
    assertThat(JobStartRules.startsTooFarAhead(TODAY.minusDays(10), TODAY)).isFalse();
  }

  @Test
  void hoursPerWeekAreMoreThanZeroAndAtMostSixty() {
    assertThat(JobStartRules.hoursPerWeekPossible(null)).isTrue();
    assertThat(JobStartRules.hoursPerWeekPossible(BigDecimal.ZERO)).isFalse();
    assertThat(JobStartRules.hoursPerWeekPossible(new BigDecimal("0.5"))).isTrue();
    assertThat(JobStartRules.hoursPerWeekPossible(new BigDecimal("60"))).isTrue();
    assertThat(JobStartRules.hoursPerWeekPossible(new BigDecimal("60.01"))).isFalse();
    assertThat(JobStartRules.hoursPerWeekPossible(new BigDecimal("-4"))).isFalse();
  }
}
