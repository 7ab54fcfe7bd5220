package nl.gemeente.participatie.eligibility;

import nl.gemeente.participatie.common.PartnerUnavailableException;
import java.time.LocalDate;
import nl.gemeente.participatie.zaak.Bsn;

/** Port to income and student-finance data (Suwinet: UWV polisadministratie, DUO). */
public interface IncomeData {

  String PARTNER = "Suwinet-inkomen";

  /**
   * @return the income on the reference date; {@link IncomeFacts#noneRegistered()} when nothing is known
   * @throws PartnerUnavailableException when the source cannot answer
   */
  IncomeFacts incomeOn(Bsn bsn, LocalDate referenceDate);

  /**
   * @return the employment that started last, on or after {@code since}; {@link EmploymentFacts#notKnown()}
   *     when none is registered (yet)
   * @throws PartnerUnavailableException when the source cannot answer
   */
  EmploymentFacts employmentSince(Bsn bsn, LocalDate since);
}
