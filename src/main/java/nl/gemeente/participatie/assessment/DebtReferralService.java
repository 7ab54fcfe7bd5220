package nl.gemeente.participatie.assessment;

import java.time.Clock;
import java.util.Optional;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.CaseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

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
  private final JdbcClient jdbc;
  private final Clock clock;

  public DebtReferralService(CaseRepository cases, DebtAssistance partner, DataSource dataSource, Clock clock) {
    this.cases = cases;
    this.partner = partner;
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  /** Refers the client, once per case: a step run again does not refer twice. */
  public String refer(String caseId) {
    Optional<Referral> existing = findByCase(caseId);
    if (existing.isPresent()) {
      return existing.get().referralId();
    }
    String referralId = partner.refer(caseId, cases.bsnOf(caseId).orElseThrow(() -> new CaseNotFoundException(caseId)));
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    jdbc.sql("""
            insert into pw_debt_referral (referral_id, case_id, status, referred_at, updated_at)
            values (:id, :caseId, :status, :now, :now)""")
        .param("id", referralId).param("caseId", caseId).param("status", DebtReferralStatus.REFERRED.name())
        .param("now", now).update();
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
    int updated = jdbc.sql("""
            update pw_debt_referral set status = :answer, updated_at = :now
            where referral_id = :id and status = :current""")
        .param("answer", answer.name())
        .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .param("id", referralId)
        .param("current", referral.status().name())
        .update();
    if (updated == 0) {
      // A concurrent identical callback won; this one has no second effect.
      return AnswerResult.ALREADY_RECORDED;
    }
    Referral recorded = new Referral(referralId, referral.caseId(), answer);
    onRecorded.accept(recorded);
    log.info("Case {}: debt assistance answered {}", referral.caseId(), answer);
    return AnswerResult.RECORDED;
  }

  public Optional<Referral> find(String referralId) {
    return jdbc.sql("select referral_id, case_id, status from pw_debt_referral where referral_id = :id")
        .param("id", referralId)
        .query((rs, row) -> new Referral(rs.getString(1), rs.getString(2), DebtReferralStatus.valueOf(rs.getString(3))))
        .optional();
  }

  private Optional<Referral> findByCase(String caseId) {
    return jdbc.sql("select referral_id, case_id, status from pw_debt_referral where case_id = :caseId")
        .param("caseId", caseId)
        .query((rs, row) -> new Referral(rs.getString(1), rs.getString(2), DebtReferralStatus.valueOf(rs.getString(3))))
        .optional();
  }
}
