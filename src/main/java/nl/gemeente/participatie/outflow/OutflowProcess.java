package nl.gemeente.participatie.outflow;

import java.time.LocalDate;

/** The engine side of the outflow: what the service asks of the running processes. */
public interface OutflowProcess {

  /** Starts the case's outflow ("Uitstroom naar werk"). */
  void jobStarted(String caseId, String jobStartId);

  /** A job lost between aftercare contacts: ends the aftercare of the running outflow. */
  void jobLost(String caseId, LocalDate lastWorkingDay);

  /** Whether the case's outflow is in its aftercare now (a lost job can still be taken into the case). */
  boolean inAftercare(String caseId);
}
