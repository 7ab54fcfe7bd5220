package nl.gemeente.participatie.eligibility;

import java.util.List;

/** A review or approval that cannot be recorded as submitted; the message is for the caseworker, in Dutch. */
public class ReviewRejectedException extends RuntimeException {

  public ReviewRejectedException(List<String> problems) {
    super(String.join(" ", problems));
  }
}
