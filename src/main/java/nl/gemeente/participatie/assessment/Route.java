package nl.gemeente.participatie.assessment;

/**
 * The routes of decision {@code participationRoute}, with where each leads once agreed in the plan.
 * The decision table states the same next step for its proposals; a test keeps the two in step.
 */
public enum Route {
  CARE_FIRST(NextStep.MONITORING),
  ENTREPRENEUR_SUPPORT(NextStep.MONITORING),
  SOCIAL_ACTIVATION(NextStep.PURCHASE),
  MAATSCHAPPELIJKE_BAAN(NextStep.PURCHASE),
  WORK_EXPERIENCE_PLACEMENT(NextStep.PURCHASE),
  WORK_FIT_TRAJECTORY(NextStep.PURCHASE),
  DIRECT_MEDIATION(NextStep.EMPLOYER_SERVICES);

  public enum NextStep {
    /** A service bought from a partner (trajectory purchase). */
    PURCHASE,
    /** Mediation to a vacancy by the employer-services team. */
    EMPLOYER_SERVICES,
    /** No bought service now: the caseworker keeps the client in view. */
    MONITORING
  }

  private final NextStep nextStep;

  Route(NextStep nextStep) {
    this.nextStep = nextStep;
  }

  public NextStep nextStep() {
    return nextStep;
  }

  public static Route parse(String value) {
    try {
      return value == null ? null : Route.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
