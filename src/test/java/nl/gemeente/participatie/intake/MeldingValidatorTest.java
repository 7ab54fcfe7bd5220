package nl.gemeente.participatie.intake;

import nl.gemeente.participatie.zaak.RequestType;
import nl.gemeente.participatie.zaak.IntakeChannel;
import nl.gemeente.participatie.zaak.Melding;
import nl.gemeente.participatie.zaak.ReportDateBound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeldingValidatorTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  /** 23:30 UTC on 23 November is already 00:30 on 24 November in the Netherlands. */
  private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), AMSTERDAM);

  private final MeldingValidator validator = new MeldingValidator(LATE_EVENING_UTC);

  @Test
  void acceptsACompleteMelding() {
    Melding melding = validator.validate(new MeldingInput("999993653", "2026-11-20", "BIJSTAND", "DESK"));

    assertThat(melding.bsn().value()).isEqualTo("999993653");
    assertThat(melding.reportDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(melding.requestType()).isEqualTo(RequestType.BIJSTAND);
    assertThat(melding.channel()).isEqualTo(IntakeChannel.DESK);
  }

  @Test
  void reportDateTodayInTheNetherlandsIsAllowed() {
    Melding melding = validator.validate(new MeldingInput("999993653", "2026-11-24", "WORK_SUPPORT_ONLY", "ONLINE"));

    assertThat(melding.reportDate()).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void reportDateTomorrowInTheNetherlandsIsRefused() {
    assertThat(violationsOf(new MeldingInput("999993653", "2026-11-25", "BIJSTAND", "DESK")))
        .containsExactly(MeldingViolation.REPORT_DATE_IN_FUTURE);
  }

  @Test
  void reportDateOneYearBackInTheNetherlandsIsTheLastDayAccepted() {
    // Today is 24 November 2026 in the Netherlands (ADR 0002: one year back, art. 44).
    assertThat(validator.validate(new MeldingInput("999993653", "2025-11-24", "BIJSTAND", "DESK")).reportDate())
        .isEqualTo(LocalDate.of(2025, 11, 24));
    InvalidMeldingException e = catchThrowableOfType(InvalidMeldingException.class,
        () -> validator.validate(new MeldingInput("999993653", "2025-11-23", "BIJSTAND", "DESK")));
    assertThat(e.violations()).containsExactly(MeldingViolation.REPORT_DATE_TOO_EARLY);
    assertThat(e.dutchMessage()).contains("Meldingsdatum mag niet voor 24-11-2025 liggen");
    assertThat(e.message(MeldingViolation.REPORT_DATE_TOO_EARLY)).contains("2025-11-24");
  }

  @Test
  void noReportDateBeforeTheParticipatiewetWhateverThePeriod() {
    MeldingValidator earlyIn2015 = new MeldingValidator(
        Clock.fixed(Instant.parse("2015-06-01T10:00:00Z"), AMSTERDAM), new ReportDateBound(java.time.Period.ofYears(5)));

    assertThat(earlyIn2015.validate(new MeldingInput("999993653", "2015-01-01", "BIJSTAND", "DESK")).reportDate())
        .isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(catchThrowableOfType(InvalidMeldingException.class,
        () -> earlyIn2015.validate(new MeldingInput("999993653", "2014-12-31", "BIJSTAND", "DESK"))).violations())
        .containsExactly(MeldingViolation.REPORT_DATE_TOO_EARLY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "NULL", value = {
      "date year one,         999993653, 0001-01-01, BIJSTAND, DESK, REPORT_DATE_TOO_EARLY",
      "date far negative,     999993653, -999999999-01-01, BIJSTAND, DESK, REPORT_DATE_TOO_EARLY",
      "bsn missing,           NULL,      2026-11-20, BIJSTAND, DESK, BSN_MISSING",
      "bsn blank,             '  ',      2026-11-20, BIJSTAND, DESK, BSN_MISSING",
      "bsn eight digits,      99999365,  2026-11-20, BIJSTAND, DESK, BSN_FORMAT",
      "bsn letters,           ABCDEFGHI, 2026-11-20, BIJSTAND, DESK, BSN_FORMAT",
      "bsn eleven test,       123456789, 2026-11-20, BIJSTAND, DESK, BSN_ELEVEN_TEST",
      "date missing,          999993653, NULL,       BIJSTAND, DESK, REPORT_DATE_MISSING",
      "date not ISO,          999993653, 20-11-2026, BIJSTAND, DESK, REPORT_DATE_FORMAT",
      "date impossible,       999993653, 2026-02-30, BIJSTAND, DESK, REPORT_DATE_FORMAT",
      "request type missing,  999993653, 2026-11-20, NULL,     DESK, REQUEST_TYPE_MISSING",
      "request type unknown,  999993653, 2026-11-20, WW,       DESK, REQUEST_TYPE_UNKNOWN",
      "request type lower,    999993653, 2026-11-20, bijstand, DESK, REQUEST_TYPE_UNKNOWN",
      "channel missing,       999993653, 2026-11-20, BIJSTAND, NULL, CHANNEL_MISSING",
      "channel unknown,       999993653, 2026-11-20, BIJSTAND, FAX,  CHANNEL_UNKNOWN",
  })
  void namesEachBadField(String description, String bsn, String date, String type, String channel,
      MeldingViolation expected) {
    assertThat(violationsOf(new MeldingInput(bsn, date, type, channel))).containsExactly(expected);
  }

  @Test
  void reportsEveryBadFieldAtOnceWithoutTheirValues() {
    InvalidMeldingException e = catchThrowableOfType(InvalidMeldingException.class,
        () -> validator.validate(new MeldingInput("123456789", "2999-01-01", null, "FAX")));

    assertThat(e.violations()).containsExactly(MeldingViolation.BSN_ELEVEN_TEST,
        MeldingViolation.REPORT_DATE_IN_FUTURE, MeldingViolation.REQUEST_TYPE_MISSING, MeldingViolation.CHANNEL_UNKNOWN);
    assertThat(e.getMessage()).doesNotContain("123456789").contains("bsn", "reportDate", "requestType", "channel");
    assertThat(e.dutchMessage()).contains("elfproef", "toekomst");
  }

  private java.util.List<MeldingViolation> violationsOf(MeldingInput input) {
    return catchThrowableOfType(InvalidMeldingException.class, () -> validator.validate(input)).violations();
  }
}
