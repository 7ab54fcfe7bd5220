package nl.gemeente.participatie.zaak;

/** A step asked of a case that its state does not allow (closed, already has a process, ...). */
public class CaseStateException extends RuntimeException {

  public CaseStateException(String message) {
    super(message);
  }
}
