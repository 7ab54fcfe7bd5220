package nl.gemeente.participatie.intake;

public enum CaseStatus {
  OPEN,
  CLOSED
}
