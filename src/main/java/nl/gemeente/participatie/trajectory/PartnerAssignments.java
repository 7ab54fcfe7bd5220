package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;

/**
 * Port to the partners (the service's own contract, docs/partners.md): an assignment carries the
 * case reference, never the BSN; the partner answers on the callback API.
 */
public interface PartnerAssignments {

  String PARTNER = "Re-integratiepartner";

  record Offer(String assignmentId, String partnerId, String caseId, String trajectoryType, BigDecimal priceCeiling) {}

  void offer(Offer offer);

  /** A progress report is overdue: the partner is reminded. */
  void remind(String assignmentId, String partnerId);
}
