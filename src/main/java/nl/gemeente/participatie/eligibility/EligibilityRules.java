package nl.gemeente.participatie.eligibility;

import java.time.LocalDate;

/** Port to the eligibility rules (DMN), so the use case does not depend on the rule engine. */
public interface EligibilityRules {

  Advice advise(EligibilityInput input);

  /** Whether the youth search period (art. 41 lid 4) still runs on the given application date. */
  boolean searchPeriodRuns(LocalDate birthDate, LocalDate reportDate, LocalDate applicationDate, boolean exempt);
}
