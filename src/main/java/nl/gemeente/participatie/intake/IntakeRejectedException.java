package nl.gemeente.participatie.intake;

import java.util.List;

/** The intake conversation cannot be recorded as submitted; the message is for the caseworker. */
public class IntakeRejectedException extends RuntimeException {

  public IntakeRejectedException(List<String> problems) {
    super(String.join(" ", problems));
  }
}
