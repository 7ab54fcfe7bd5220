package nl.gemeente.participatie.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** A melding with one or more bad fields. The message names fields, never values. */
public class InvalidMeldingException extends RuntimeException {

  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final List<MeldingViolation> violations;
  private final LocalDate earliestReportDate;

  public InvalidMeldingException(List<MeldingViolation> violations) {
    this(violations, null);
  }

  /** @param earliestReportDate the earliest report date accepted, named in {@link MeldingViolation#REPORT_DATE_TOO_EARLY} */
  public InvalidMeldingException(List<MeldingViolation> violations, LocalDate earliestReportDate) {
    super("Invalid melding: " + violations.stream()
        .map(v -> v.field() + " " + fill(v.message(), earliestReportDate))
        .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
    this.earliestReportDate = earliestReportDate;
  }

  public List<MeldingViolation> violations() {
    return violations;
  }

  /** The English text of one violation, for API clients. */
  public String message(MeldingViolation violation) {
    return fill(violation.message(), earliestReportDate);
  }

  /** The same problems in Dutch, for a caseworker in Tasklist. */
  public String dutchMessage() {
    return violations.stream()
        .map(v -> earliestReportDate == null ? v.dutchMessage()
            : v.dutchMessage().replace("{earliest}", earliestReportDate.format(DUTCH_DATE)))
        .collect(Collectors.joining(" "));
  }

  private static String fill(String text, LocalDate earliest) {
    return earliest == null ? text : text.replace("{earliest}", earliest.toString());
  }
}
