package nl.gemeente.participatie.assessment;

/** The stored assessment of a case with the rules' proposal and, once agreed, the plan. */
public record AssessmentRecord(String caseId, int version, RouteProposal proposal, Route agreedRoute,
    String deviationReason, Boolean tiedToAward, String assessmentJson) {}
