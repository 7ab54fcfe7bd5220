package nl.gemeente.participatie.intake;

import nl.gemeente.participatie.zaak.ReportDateBound;

/**
 * Each way a melding can be wrong, with the field it concerns, an English text for API clients and a
 * Dutch text for caseworkers in Tasklist. No text ever contains the submitted value.
 */
public enum MeldingViolation {
  BSN_MISSING("bsn", "is required", "BSN is verplicht."),
  BSN_FORMAT("bsn", "must consist of 9 digits", "BSN moet uit 9 cijfers bestaan."),
  BSN_ELEVEN_TEST("bsn", "fails the eleven test (elfproef)", "BSN voldoet niet aan de elfproef."),
  REPORT_DATE_MISSING("reportDate", "is required", "Meldingsdatum is verplicht."),
  REPORT_DATE_FORMAT("reportDate", "must be a date in the form yyyy-MM-dd",
      "Meldingsdatum moet een datum zijn (jjjj-mm-dd)."),
  REPORT_DATE_IN_FUTURE("reportDate", "must not be in the future",
      "Meldingsdatum mag niet in de toekomst liggen."),
  /** Art. 44 lid 1: bijstand from the melding at the earliest; see {@link ReportDateBound}. */
  REPORT_DATE_TOO_EARLY("reportDate", "must not be before {earliest} (a melding is registered when the client reports)",
      "Meldingsdatum mag niet voor {earliest} liggen: bijstand gaat in vanaf de melding (art. 44 Participatiewet), "
          + "een melding van langer geleden kan niet worden geregistreerd."),
  REQUEST_TYPE_MISSING("requestType", "is required", "Soort melding is verplicht."),
  REQUEST_TYPE_UNKNOWN("requestType", "must be one of BIJSTAND, WORK_SUPPORT_ONLY",
      "Soort melding is onbekend."),
  CHANNEL_MISSING("channel", "is required", "Kanaal is verplicht."),
  CHANNEL_UNKNOWN("channel", "must be one of ONLINE, DESK, PHONE, MAIL, PARTNER_REFERRAL",
      "Kanaal is onbekend.");

  private final String field;
  private final String message;
  private final String dutchMessage;

  MeldingViolation(String field, String message, String dutchMessage) {
    this.field = field;
    this.message = message;
    this.dutchMessage = dutchMessage;
  }

  public String field() {
    return field;
  }

  public String message() {
    return message;
  }

  public String dutchMessage() {
    return dutchMessage;
  }
}
