package nl.gemeente.participatie.trajectory;

/** Where an assignment to a partner stands. */
public enum AssignmentStatus {
  OFFERED,
  ACCEPTED,
  DECLINED,
  /** The partner did not answer in time; the next partner was asked. */
  EXPIRED
}
