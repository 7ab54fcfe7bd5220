package nl.gemeente.participatie.zaak;

import java.time.LocalDate;

/** A validated melding (report): the legal start of a case (art. 44 Participatiewet). */
public record Melding(Bsn bsn, LocalDate reportDate, RequestType requestType, IntakeChannel channel) {}
