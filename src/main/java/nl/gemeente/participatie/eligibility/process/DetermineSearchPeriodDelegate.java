package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.SEARCH_PERIOD_ENDS;

import java.time.Clock;
import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Zoektermijn bepalen" (art. 41 lid 4): the rule {@code searchPeriod} decides whether the search
 * period runs; if so, {@code searchPeriodEnds} is the moment the application can be made (start of
 * the day four weeks after the melding, Dutch time), for the timer.
 */
@Component("determineSearchPeriod")
class DetermineSearchPeriodDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final Clock clock;

  DetermineSearchPeriodDelegate(EligibilityService eligibility, Clock clock) {
    this.eligibility = eligibility;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    SEARCH_PERIOD_ENDS.on(execution).set(eligibility.searchPeriodEnd(caseId)
        .map(day -> day.atStartOfDay(clock.getZone()).toOffsetDateTime().toString())
        .orElse(null));
  }
}
