package nl.gemeente.participatie.assessment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Port: what other features may know of a case's assessment and plan (keeping the client in view,
 * outflow figures and report). They read the assessment's table only through this port.
 */
public interface AssessmentFacts {

  /**
   * The route a case follows now, for the review rhythm: the route agreed in the plan, else the route
   * the rules proposed; and the work obligations (decision {@code workObligations}).
   */
  record RouteSituation(String route, String obligations) {}

  /** Empty before the broad assessment. */
  Optional<RouteSituation> situation(String caseId);

  /** The route agreed in the plan; empty before the plan (or after a revision cleared it). */
  Optional<String> agreedRoute(String caseId);

  /** {@link #agreedRoute} for many cases in one go (reports): cases without an agreed route are absent. */
  Map<String, String> agreedRoutes(Collection<String> caseIds);
}
