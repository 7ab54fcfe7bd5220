package nl.gemeente.participatie.eligibility;

import java.time.LocalDate;

/**
 * What the BRP says about a person, as far as eligibility needs it. A null field is a fact the BRP
 * does not establish (an incomplete birth date, a residence title the service does not classify);
 * the rules then ask the caseworker to establish it.
 */
public record PersonFacts(
    LocalDate birthDate,
    ResidenceStatus residenceStatus,
    Boolean livesInNetherlands,
    boolean hasPartner,
    int childrenUnder18,
    boolean deceased) {}
