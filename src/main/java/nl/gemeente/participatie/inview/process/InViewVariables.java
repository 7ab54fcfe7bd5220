package nl.gemeente.participatie.inview.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import nl.gemeente.participatie.inview.InViewService;
import nl.gemeente.participatie.platform.camunda.JsonVariable;

/** Variables of keeping the client in view: reviews and outreach (ADR 0008). */
final class InViewVariables {

  /** The review rhythm in Dutch, with the rule's explanation, for form "Voortgangsgesprek voeren". */
  static final VariableFactory<String> REVIEW_RHYTHM = stringVariable("reviewRhythm");
  /** JSON from form "Voortgangsgesprek voeren"; removed once recorded. */
  static final JsonVariable<InViewService.ProgressReview> PROGRESS_REVIEW =
      JsonVariable.of("progressReview", InViewService.ProgressReview.class);
  /** Whether the review calls for outreach (a missed appointment). */
  static final VariableFactory<Boolean> OUTREACH_NEEDED = booleanVariable("outreachNeeded");
  /** JSON from form "Huisbezoek vastleggen"; removed once recorded. */
  static final JsonVariable<InViewService.HomeVisit> HOME_VISIT = JsonVariable.of("homeVisit", InViewService.HomeVisit.class);

  private InViewVariables() {}
}
