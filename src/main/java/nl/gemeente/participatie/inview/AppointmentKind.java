package nl.gemeente.participatie.inview;

/** The kind of appointment a client missed. */
public enum AppointmentKind {
  PROGRESS_REVIEW,
  CONVERSATION,
  TRAJECTORY_ACTIVITY,
  OTHER
}
