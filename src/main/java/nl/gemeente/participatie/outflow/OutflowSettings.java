package nl.gemeente.participatie.outflow;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outflow to work (application.yaml, {@code participatie.outflow}).
 *
 * @param aftercareAfter the aftercare contacts, counted from the job's start (e.g. 1, 3 and 6 months);
 *     the last one ends the aftercare period within which a lost job returns the client to the case
 */
@ConfigurationProperties("participatie.outflow")
public record OutflowSettings(List<Period> aftercareAfter) {

  public OutflowSettings {
    if (aftercareAfter == null || aftercareAfter.isEmpty()) {
      throw new IllegalArgumentException("participatie.outflow.aftercare-after needs at least one moment");
    }
    aftercareAfter = List.copyOf(aftercareAfter);
  }
}
