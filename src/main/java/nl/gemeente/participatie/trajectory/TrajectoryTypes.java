package nl.gemeente.participatie.trajectory;

import java.util.Set;

/**
 * What a trajectory type (an agreed route that is bought) asks for beyond the purchase itself, by the
 * municipality's policy for placements (seed 001, "Werk en participatie").
 */
public final class TrajectoryTypes {

  /** Placements in which the client keeps the benefit while working. */
  static final Set<String> KEPT_BENEFIT = Set.of("WORK_EXPERIENCE_PLACEMENT", "MAATSCHAPPELIJKE_BAAN");

  private TrajectoryTypes() {}

  /**
   * A maatschappelijke baan starts only with an agreement signed by client, partner and municipality
   * (municipal policy, seed 001): the purchase asks the caseworker to record it once the partner accepts.
   */
  public static boolean agreementRequired(String trajectoryType) {
    return "MAATSCHAPPELIJKE_BAAN".equals(trajectoryType);
  }

  /**
   * A placement with kept benefit (work-experience placement, maatschappelijke baan): its end review
   * must say whether it can become a paid job (municipal policy, seed 001; art. 10a Participatiewet
   * sets the placement's limits).
   */
  public static boolean keepsBenefit(String trajectoryType) {
    return KEPT_BENEFIT.contains(trajectoryType);
  }
}
