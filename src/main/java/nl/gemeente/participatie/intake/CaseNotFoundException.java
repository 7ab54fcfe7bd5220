package nl.gemeente.participatie.intake;

public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String caseId) {
    super("No case " + caseId);
  }
}
