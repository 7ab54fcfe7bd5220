package nl.gemeente.participatie.eligibility;

import java.time.LocalDate;

/**
 * What a recorded review leads to: a decision (with or without a second approval), or the clock
 * moved (information requested, deadline extended) with the new deadline.
 */
public record ReviewResult(ReviewChoice choice, boolean needsSecondApproval, LocalDate awbDeadline) {}
