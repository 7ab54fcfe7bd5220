package nl.gemeente.participatie.zaak;

import java.time.LocalDate;

/**
 * The figures a municipality reports for a case that ended in work, kept on the case without
 * personal data: when work started, days from the melding, the route, the partner, and whether the
 * job lasted the aftercare period (6 months).
 */
public record OutflowFigures(LocalDate workStartDate, int daysToWork, String route, String partner,
    boolean jobLasted6Months) {}
