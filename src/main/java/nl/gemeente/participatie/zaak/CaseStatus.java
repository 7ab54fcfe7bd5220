package nl.gemeente.participatie.zaak;

public enum CaseStatus {
  OPEN,
  CLOSED
}
