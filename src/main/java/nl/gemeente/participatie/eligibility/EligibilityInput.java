package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The inputs of decision {@code eligibility} (dmn/README.md). Null: not established. */
public record EligibilityInput(
    LocalDate applicationDate,
    LocalDate reportDate,
    LocalDate birthDate,
    ResidenceStatus residenceStatus,
    Boolean livesInNetherlands,
    boolean detained,
    boolean evadingSentence,
    boolean studentFinanceEligible,
    boolean searchPeriodExempt,
    int daysAbroadThisYear,
    String householdType,
    /** Kostendelende medebewoners (art. 19a lid 1: 27 or older), not the client or partner; 0 when none. */
    int costSharers,
    BigDecimal monthlyIncome,
    BigDecimal assets,
    /** Whether the BRP shows a spouse or registered partner (art. 3); null: person not found. */
    Boolean partnerInBrp,
    /** The partner's net monthly income (art. 31, 32), counted for a couple only; 0 when none. */
    BigDecimal partnerMonthlyIncome,
    /** The partner's birth date (art. 20-22: no norm in the table for a partner under 21 or at AOW age); null when none. */
    LocalDate partnerBirthDate) {}
