package nl.gemeente.participatie.assessment;

import java.time.Clock;
import java.util.Optional;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.CaseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The debt referral beside the route to work (seed 000: debts are dealt with alongside work, not
 * before it): refer once, then take the partner's answers in their order.
 */
@Service
public class DebtReferralService {

  private static final Logger log = LoggerFactory.getLogger(DebtReferralService.class);

  /** What an answer did. */
  public enum AnswerResult { RECORDED, ALREADY_RECORDED }

  public static class UnknownReferralException extends RuntimeException {
    public UnknownReferralException() {
      super("No such referral");
    }
  }

  public static class AnswerNotAllowedException extends RuntimeException {
    public AnswerNotAllowedException(DebtReferralStatus current, DebtReferralStatus answer) {
      super("Referral is " + current + "; answer " + answer + " cannot follow");
    }
  }

  public record Referral(String referralId, String caseId, DebtReferralStatus status) {}

  private final CaseRepository cases;
  private final DebtAssistance partner;
  private final DebtReferralRepository referrals;
  private final Clock clock;

  public DebtReferralService(CaseRepository cases, DebtAssistance partner, DebtReferralRepository referrals, Clock clock) {
    this.cases = cases;
    this.partner = partner;
    this.referrals = referrals;
    this.clock = clock;
  }

  /** Refers the client, once per case: a step run again does not refer twice. */
  public String refer(String caseId) {
    Optional<Referral> existing = findByCase(caseId);
    if (existing.isPresent()) {
      return existing.get().referralId();
    }
    String referralId = partner.refer(caseId, cases.bsnOf(caseId).orElseThrow(() -> new CaseNotFoundException(caseId)));
    referrals.insert(new Referral(referralId, caseId, DebtReferralStatus.REFERRED), clock.instant());
    log.info("Case {}: referred to debt assistance", caseId);
    return referralId;
  }

  /**
   * Takes a partner's answer. The same answer twice has no second effect.
   *
   * @throws UnknownReferralException when the referral does not exist
   * @throws AnswerNotAllowedException when the answer cannot follow the current status (e.g. after FINISHED)
   */
  @Transactional
  public AnswerResult answer(String referralId, DebtReferralStatus answer, java.util.function.Consumer<Referral> onRecorded) {
    Referral referral = find(referralId).orElseThrow(UnknownReferralException::new);
    if (referral.status() == answer) {
      return AnswerResult.ALREADY_RECORDED;
    }
    if (!referral.status().mayBeFollowedBy(answer)) {
      throw new AnswerNotAllowedException(referral.status(), answer);
    }
    boolean updated = referrals.changeStatus(referralId, referral.status(), answer, clock.instant());
    if (!updated) {
      // A concurrent identical callback won; this one has no second effect.
      return AnswerResult.ALREADY_RECORDED;
    }
    Referral recorded = new Referral(referralId, referral.caseId(), answer);
    onRecorded.accept(recorded);
    log.info("Case {}: debt assistance answered {}", referral.caseId(), answer);
    return AnswerResult.RECORDED;
  }

  public Optional<Referral> find(String referralId) {
    return referrals.find(referralId);
  }

  private Optional<Referral> findByCase(String caseId) {
    return referrals.findByCase(caseId);
  }
}
