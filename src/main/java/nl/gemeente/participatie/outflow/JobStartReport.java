package nl.gemeente.participatie.outflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A job start as reported: when the job starts and, where known, hours per week and what the
 * employer asks for. Wages come from the income gateway or the caseworker, not from the reporter.
 */
public record JobStartReport(LocalDate startDate, BigDecimal hoursPerWeek, boolean reducedWageValue,
    boolean employerWantsTrial) {}
