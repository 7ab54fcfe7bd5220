package nl.gemeente.participatie.assessment;

import nl.gemeente.participatie.zaak.Bsn;

/**
 * Port to the debt-assistance partner (Wet gemeentelijke schuldhulpverlening). The partner answers
 * later, by callback, with the referral id it returned.
 */
public interface DebtAssistance {

  String PARTNER = "Schuldhulpverlening";

  /** @return the partner's referral id */
  String refer(String caseId, Bsn bsn);
}
