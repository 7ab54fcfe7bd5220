package nl.gemeente.participatie.zaak;

/** The person already has an open case; the message names that case, not the person. */
public class OpenCaseExistsException extends RuntimeException {

  private final String existingCaseId;

  public OpenCaseExistsException(String existingCaseId) {
    super("There is already an open case for this person: " + existingCaseId);
    this.existingCaseId = existingCaseId;
  }

  public String existingCaseId() {
    return existingCaseId;
  }
}
