package nl.gemeente.participatie.outflow;

import java.math.BigDecimal;

/** The outcome of decision {@code outflowDecision} for one job start (an advice; the caseworker decides). */
public record OutflowProposal(OutflowOutcome outcome, BigDecimal exemptionAmount, BigDecimal supplementAmount,
    int exemptionMonthsLeft, boolean assessLoonkostensubsidie, boolean considerTrialPlacement) {}
