package nl.gemeente.participatie.common;

/**
 * A decision that needs a second person's recorded approval (four eyes) was about to be taken,
 * registered, paid or closed without one. Whatever path led here (a process instance modification,
 * a migration, a bug), the step refuses and changes nothing; in the engine it becomes an incident
 * with this message. The message names the case and what is missing, never a person or their data.
 */
public class MissingApprovalException extends RuntimeException {

  public MissingApprovalException(String message) {
    super(message);
  }
}
