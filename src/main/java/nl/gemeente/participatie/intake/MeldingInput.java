package nl.gemeente.participatie.intake;

/**
 * A melding as it arrives, from the API or from the Tasklist start form: raw strings, so that every
 * problem can be reported per field by {@link MeldingValidator} instead of failing on the first.
 */
public record MeldingInput(String bsn, String reportDate, String requestType, String channel) {}
