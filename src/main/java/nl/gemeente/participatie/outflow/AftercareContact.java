package nl.gemeente.participatie.outflow;

import java.time.LocalDate;

/** What the caseworker records after an aftercare contact ("Nazorgcontact"). */
public record AftercareContact(AftercareOutcome outcome, LocalDate lastWorkingDay, String note) {}
