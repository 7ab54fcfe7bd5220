package nl.gemeente.participatie.intake;

import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.zaak.RequestType;
import nl.gemeente.participatie.zaak.IntakeChannel;
import nl.gemeente.participatie.zaak.Melding;
import nl.gemeente.participatie.zaak.ReportDateBound;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one validation of a melding, used by the intake API and by the Tasklist start form alike.
 * Reports every bad field at once.
 */
@Component
public class MeldingValidator {

  private final Clock clock;
  private final ReportDateBound reportDateBound;

  @Autowired
  public MeldingValidator(Clock clock, ReportDateBound reportDateBound) {
    this.clock = clock;
    this.reportDateBound = reportDateBound;
  }

  /** With the standard report date bound (one year back, not before 2015-01-01). */
  public MeldingValidator(Clock clock) {
    this(clock, ReportDateBound.standard());
  }

  public Melding validate(MeldingInput input) {
    List<MeldingViolation> violations = new ArrayList<>();

    Bsn bsn = null;
    if (isBlank(input.bsn())) {
      violations.add(MeldingViolation.BSN_MISSING);
    } else if (!Bsn.hasNineDigits(input.bsn().trim())) {
      violations.add(MeldingViolation.BSN_FORMAT);
    } else if (!Bsn.passesElevenTest(input.bsn().trim())) {
      violations.add(MeldingViolation.BSN_ELEVEN_TEST);
    } else {
      bsn = Bsn.of(input.bsn().trim());
    }

    LocalDate reportDate = null;
    LocalDate today = LocalDate.now(clock);
    LocalDate earliest = reportDateBound.earliest(today);
    if (isBlank(input.reportDate())) {
      violations.add(MeldingViolation.REPORT_DATE_MISSING);
    } else {
      try {
        reportDate = LocalDate.parse(input.reportDate().trim());
        if (reportDate.isAfter(today)) {
          violations.add(MeldingViolation.REPORT_DATE_IN_FUTURE);
        } else if (reportDate.isBefore(earliest)) {
          violations.add(MeldingViolation.REPORT_DATE_TOO_EARLY);
        }
      } catch (DateTimeParseException e) {
        violations.add(MeldingViolation.REPORT_DATE_FORMAT);
      }
    }

    RequestType requestType = parseEnum(RequestType.class, input.requestType(), violations,
        MeldingViolation.REQUEST_TYPE_MISSING, MeldingViolation.REQUEST_TYPE_UNKNOWN);
    IntakeChannel channel = parseEnum(IntakeChannel.class, input.channel(), violations,
        MeldingViolation.CHANNEL_MISSING, MeldingViolation.CHANNEL_UNKNOWN);

    if (!violations.isEmpty()) {
      throw new InvalidMeldingException(violations, earliest);
    }
    return new Melding(bsn, reportDate, requestType, channel);
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, List<MeldingViolation> violations,
      MeldingViolation missing, MeldingViolation unknown) {
    if (isBlank(raw)) {
      violations.add(missing);
      return null;
    }
    try {
      return Enum.valueOf(type, raw.trim());
    } catch (IllegalArgumentException e) {
      violations.add(unknown);
      return null;
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
