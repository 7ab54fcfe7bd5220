package nl.gemeente.participatie.assessment;

import java.time.LocalDate;

/** Port to the rules (DMN {@code participationRoute} and {@code workObligations}). */
public interface AssessmentRules {

  /**
   * @param age in whole years on the assessment date, or null when unknown
   * @param householdType SINGLE, SINGLE_PARENT, COUPLE, or null (work support only)
   */
  RouteProposal propose(Assessment assessment, Integer age, String requestType, String householdType, LocalDate today);
}
