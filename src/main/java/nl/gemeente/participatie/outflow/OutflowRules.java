package nl.gemeente.participatie.outflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Decision {@code outflowDecision} (dmn/outflow-decision.dmn). */
public interface OutflowRules {

  OutflowProposal propose(LocalDate decisionDate, BigDecimal monthlyNorm, BigDecimal netIncomeFromWork,
      BigDecimal otherNetIncome, int exemptionMonthsUsed, boolean reducedWageValue, boolean employerWantsTrial);
}
