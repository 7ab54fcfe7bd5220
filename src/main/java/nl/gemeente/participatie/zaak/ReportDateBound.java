package nl.gemeente.participatie.zaak;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The earliest report date (meldingsdatum) the service accepts, for the intake API and the Tasklist
 * start form alike, and so for the start of a grant (docs/adr/0002-report-date-lower-bound.md).
 *
 * <p>Bijstand is granted from the day of the melding at the earliest (art. 44 lid 1 Participatiewet),
 * so the report date decides from when money is paid: a date far back would grant assistance over a
 * period nobody assessed. A melding is registered on or shortly after the day the client reports; a
 * date more than {@code participatie.intake.report-date-max-age} (default one year) before today is
 * refused, and never one before 1 January 2015, when the Participatiewet took effect.
 */
@Component
public class ReportDateBound {

  /** The Participatiewet (Stb. 2014, 270) took effect on 1 January 2015; no melding under it is older. */
  public static final LocalDate PARTICIPATIEWET_IN_FORCE = LocalDate.of(2015, 1, 1);

  public static final Period DEFAULT_MAX_AGE = Period.ofYears(1);

  private final Period maxAge;

  public ReportDateBound(@Value("${participatie.intake.report-date-max-age:P1Y}") Period maxAge) {
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("participatie.intake.report-date-max-age must be a positive period, e.g. P1Y");
    }
    this.maxAge = maxAge;
  }

  /** The default bound: one year back, never before 2015-01-01. */
  public static ReportDateBound standard() {
    return new ReportDateBound(DEFAULT_MAX_AGE);
  }

  /** The earliest report date accepted on {@code today} (Dutch date). */
  public LocalDate earliest(LocalDate today) {
    LocalDate byAge = today.minus(maxAge);
    return byAge.isBefore(PARTICIPATIEWET_IN_FORCE) ? PARTICIPATIEWET_IN_FORCE : byAge;
  }
}
