package nl.gemeente.participatie.common;

/**
 * A partner system could not answer (down, timeout, server error, unreadable answer): a technical
 * failure, retried by the engine and shown as an incident when retries run out. The message names
 * the partner and what went wrong, never the person asked about; the partner's own error text is
 * not carried along, as it may quote personal data.
 */
public class PartnerUnavailableException extends RuntimeException {

  private final String partner;
  private final String detail;

  public PartnerUnavailableException(String partner, String detail) {
    super(partner + " unavailable: " + detail);
    this.partner = partner;
    this.detail = detail;
  }

  public String partner() {
    return partner;
  }

  /** What went wrong: "HTTP 503", "timeout", "connection refused", ... */
  public String detail() {
    return detail;
  }
}
