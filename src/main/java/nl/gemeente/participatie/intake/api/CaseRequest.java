package nl.gemeente.participatie.intake.api;

/**
 * Body of {@code POST /api/cases}. Plain strings on purpose: {@code MeldingValidator} reports each
 * bad field by name, which a typed body (failing on the first bad date) could not.
 */
public record CaseRequest(String bsn, String reportDate, String requestType, String channel) {}
