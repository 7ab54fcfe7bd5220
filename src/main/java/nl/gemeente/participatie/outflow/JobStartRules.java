package nl.gemeente.participatie.outflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The limits a reported job start must keep, wherever it is reported (the API, the employer-services
 * team's Tasklist form, the caseworker's correction of the figures).
 */
public final class JobStartRules {

  /**
   * Municipal policy (outflow to work, issue 6): a job starting more than 92 days (about three months)
   * ahead is reported later, as a contract may still fall through before it starts.
   */
  public static final int MAX_DAYS_AHEAD = 92;

  /** Arbeidstijdenwet art. 5:7 lid 1: at most 60 hours of work in a week. */
  public static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(60);

  private JobStartRules() {}

  /** {@link #MAX_DAYS_AHEAD}: day 92 after today is still reported, day 93 is not. */
  public static boolean startsTooFarAhead(LocalDate start, LocalDate today) {
    return start.isAfter(today.plusDays(MAX_DAYS_AHEAD));
  }

  /**
   * Hours per week, where given, are more than 0 and at most {@link #MAX_HOURS_PER_WEEK}; unknown
   * hours (null) are allowed, the income gateway or the contract gives them later.
   */
  public static boolean hoursPerWeekPossible(BigDecimal hoursPerWeek) {
    return hoursPerWeek == null || hoursPerWeek.signum() > 0 && hoursPerWeek.compareTo(MAX_HOURS_PER_WEEK) <= 0;
  }
}
