package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;

/** What the client declared at the intake for the application. */
public record ApplicationDeclaration(
    String householdType,
    BigDecimal declaredAssets, int daysAbroadThisYear, boolean searchPeriodExempt, String searchPeriodExemption) {}
