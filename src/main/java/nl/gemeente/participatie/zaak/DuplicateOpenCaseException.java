package nl.gemeente.participatie.zaak;

/**
 * A concurrent registration for the same person won the race for the one open case. Thrown inside
 * the (now failed) transaction, where the winner cannot be looked up yet.
 */
public class DuplicateOpenCaseException extends RuntimeException {

  public DuplicateOpenCaseException() {
    super("Another open case for this person was registered at the same moment");
  }
}
