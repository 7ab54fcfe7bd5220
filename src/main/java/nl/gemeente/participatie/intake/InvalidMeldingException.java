package nl.gemeente.participatie.intake;

import java.util.List;
import java.util.stream.Collectors;

/** A melding with one or more bad fields. The message names fields, never values. */
public class InvalidMeldingException extends RuntimeException {

  private final List<MeldingViolation> violations;

  public InvalidMeldingException(List<MeldingViolation> violations) {
    super("Invalid melding: " + violations.stream()
        .map(v -> v.field() + " " + v.message())
        .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<MeldingViolation> violations() {
    return violations;
  }

  /** The same problems in Dutch, for a caseworker in Tasklist. */
  public String dutchMessage() {
    return violations.stream().map(MeldingViolation::dutchMessage).collect(Collectors.joining(" "));
  }
}
