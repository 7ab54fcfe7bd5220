package nl.gemeente.participatie.inview;

import java.time.LocalDate;

/** The engine side of keeping the client in view. */
public interface InViewProcess {

  /** Starts "Huisbezoek" in the case's process. */
  void startOutreach(String caseId);

  /** Moves the waiting progress review's timer to {@code due} (the rhythm changed with the route). */
  void moveReviewTimer(String caseId, LocalDate due);
}
