package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;

/**
 * What the client declared at the intake for the application; {@code costSharers} is the number of
 * kostendelende medebewoners (art. 19a lid 1: 27 or older) the caseworker counted.
 */
public record ApplicationDeclaration(
    String householdType,
    int costSharers,
    BigDecimal declaredAssets, int daysAbroadThisYear, boolean searchPeriodExempt, String searchPeriodExemption) {}
