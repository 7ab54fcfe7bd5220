package nl.gemeente.participatie.assessment;

import java.time.Instant;
import java.util.Optional;
import nl.gemeente.participatie.assessment.DebtReferralService.Referral;

/** Table {@code pw_debt_referral}: one referral per case and the partner's answers. */
public interface DebtReferralRepository {

  void insert(Referral referral, Instant at);

  /** Moves the referral from {@code current} to {@code answer}; false when it was no longer {@code current}. */
  boolean changeStatus(String referralId, DebtReferralStatus current, DebtReferralStatus answer, Instant at);

  Optional<Referral> find(String referralId);

  Optional<Referral> findByCase(String caseId);
}
