package nl.gemeente.participatie.eligibility.process;

import nl.gemeente.participatie.eligibility.PartnerUnavailableException;

/**
 * A partner call from a process step. When the partner fails, the engine retries the step (it sits
 * behind an async continuation) and, when retries run out, Cockpit shows an incident with this
 * message: the partner, the case id, what went wrong. Never personal data.
 */
public final class PartnerCall {

  static final class Failed extends RuntimeException {
    Failed(String message) {
      super(message);
    }
  }

  private PartnerCall() {}

  public static void forCase(String caseId, Runnable call) {
    try {
      call.run();
    } catch (PartnerUnavailableException e) {
      throw new Failed(e.partner() + " unavailable for case " + caseId + ": " + e.detail());
    }
  }
}
