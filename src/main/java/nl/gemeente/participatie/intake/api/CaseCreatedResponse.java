package nl.gemeente.participatie.intake.api;

public record CaseCreatedResponse(String caseId, String status, String stage) {}
