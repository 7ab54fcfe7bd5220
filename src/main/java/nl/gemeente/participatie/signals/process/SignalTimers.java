package nl.gemeente.participatie.signals.process;

import java.time.ZoneId;
import java.util.Date;
import nl.gemeente.participatie.signals.SignalService;
import org.springframework.stereotype.Component;

/** Dates of the signal check, read by the BPMN: {@code ${signalTimers.termOver(signalId)}}. */
@Component("signalTimers")
public class SignalTimers {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final SignalService signals;

  SignalTimers(SignalService signals) {
    this.signals = signals;
  }

  /** The client may supply the information up to and including the last day of the term; the timer fires the day after. */
  public Date termOver(String signalId) {
    return Date.from(signals.signal(signalId).informationUntil().plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
  }

  /** The last day of the term, as the task's due date. */
  public Date lastDay(String signalId) {
    return Date.from(signals.signal(signalId).informationUntil().atStartOfDay(AMSTERDAM).toInstant());
  }
}
