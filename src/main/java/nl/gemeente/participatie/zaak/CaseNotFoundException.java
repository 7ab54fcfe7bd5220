package nl.gemeente.participatie.zaak;

public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String caseId) {
    super("No case " + caseId);
  }
}
