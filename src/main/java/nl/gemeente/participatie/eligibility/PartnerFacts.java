package nl.gemeente.participatie.eligibility;

import java.time.LocalDate;
import nl.gemeente.participatie.zaak.Bsn;

/**
 * The client's spouse or registered partner as the BRP shows them: the BSN, only to ask the income
 * source (never stored), and the birth date (null when the BRP has no full date), for the norm of a
 * couple (art. 20-22).
 */
public record PartnerFacts(Bsn bsn, LocalDate birthDate) {}
