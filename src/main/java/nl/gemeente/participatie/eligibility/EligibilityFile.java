package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Everything the service holds about one application: declarations, partner facts, advice, decision. */
public record EligibilityFile(
    String caseId,
    String householdType,
    int costSharers,
    BigDecimal declaredAssets,
    int daysAbroadThisYear,
    boolean searchPeriodExempt,
    LocalDate searchPeriodEnds,
    Boolean personFound,
    PersonFacts person,
    IncomeFacts income,
    BenefitsRegisterFacts benefitsRegister,
    Advice advice,
    Decision decision,
    LocalDate decisionStartDate,
    BigDecimal decisionAmount,
    boolean deviatesFromAdvice,
    String decidedBy,
    String approvedBy,
    LocalDate awbDeadlineBase,
    LocalDate suspendedSince,
    int suspendedDays,
    LocalDate informationDeadline,
    boolean extended,
    String zgwBesluitUrl,
    String paymentReference,
    /** The partner's net monthly income counted for a couple (art. 31, 32); 0 without a BRP partner or for a single; null: not fetched (yet). */
    BigDecimal partnerMonthlyIncome,
    /** The partner's birth date from the BRP (the couple's norm, art. 20-22); null for a single client or when unknown. */
    LocalDate partnerBirthDate) {}
