package nl.gemeente.participatie.outflow.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import nl.gemeente.participatie.outflow.OutflowService;
import org.springframework.stereotype.Component;

/** Timer dates of {@code outflowToWork}, read by the BPMN: {@code ${outflowTimers.aftercareDue(...)}}. */
@Component("outflowTimers")
public class OutflowTimers {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final OutflowService outflow;
  private final Clock clock;

  OutflowTimers(OutflowService outflow, Clock clock) {
    this.outflow = outflow;
    this.clock = clock;
  }

  /** 0, 1, ... for each configured aftercare contact. */
  public List<Integer> aftercareMoments() {
    return IntStream.range(0, outflow.aftercareMoments()).boxed().toList();
  }

  public Date aftercareDue(String jobStartId, Number moment) {
    return startOfDay(outflow.aftercareDue(jobStartId, moment.intValue()));
  }

  public Date exemptionEnds(String jobStartId) {
    LocalDate until = outflow.jobStart(jobStartId).exemptionUntil();
    return startOfDay(until == null ? LocalDate.now(clock) : until);
  }

  private static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(AMSTERDAM).toInstant());
  }
}
