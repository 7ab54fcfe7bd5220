package nl.gemeente.participatie.inview;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keeping the client in view (application.yaml, {@code participatie.in-view}).
 *
 * @param missedAppointmentsBeforeVisit after this many missed appointments (since the last visit) a
 *     home visit ("Huisbezoek afleggen") is planned
 * @param reviewTaskDays a progress review is due this many days after its planned date (then it is overdue)
 */
@ConfigurationProperties("participatie.in-view")
public record InViewSettings(int missedAppointmentsBeforeVisit, int reviewTaskDays) {

  public InViewSettings {
    if (missedAppointmentsBeforeVisit < 1) {
      throw new IllegalArgumentException("participatie.in-view.missed-appointments-before-visit must be at least 1");
    }
  }
}
