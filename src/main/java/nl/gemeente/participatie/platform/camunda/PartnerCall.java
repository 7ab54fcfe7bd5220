package nl.gemeente.participatie.platform.camunda;

import java.util.function.Supplier;
import nl.gemeente.participatie.common.PartnerUnavailableException;

/**
 * A partner call from a process step. When the partner fails, the engine retries the step (it sits
 * behind an async continuation) and, when retries run out, Cockpit shows an incident with this
 * message: the partner, the case id, what went wrong. Never personal data.
 */
public final class PartnerCall {

  /** A partner call that failed after the partner client's own handling: its message names partner and case. */
  public static final class Failed extends RuntimeException {
    Failed(String message) {
      super(message);
    }
  }

  private PartnerCall() {}

  public static void forCase(String caseId, Runnable call) {
    forCase(caseId, () -> {
      call.run();
      return null;
    });
  }

  /** As {@link #forCase(String, Runnable)}, for a call that answers something. */
  public static <T> T forCase(String caseId, Supplier<T> call) {
    try {
      return call.get();
    } catch (PartnerUnavailableException e) {
      throw new Failed(e.partner() + " unavailable for case " + caseId + ": " + e.detail());
    }
  }
}
