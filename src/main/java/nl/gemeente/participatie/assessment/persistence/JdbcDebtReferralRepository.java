package nl.gemeente.participatie.assessment.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gemeente.participatie.assessment.DebtReferralRepository;
import nl.gemeente.participatie.assessment.DebtReferralService.Referral;
import nl.gemeente.participatie.assessment.DebtReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code pw_debt_referral} on plain JDBC. */
@Repository
class JdbcDebtReferralRepository implements DebtReferralRepository {

  private final JdbcClient jdbc;

  JdbcDebtReferralRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public void insert(Referral referral, Instant at) {
    OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    jdbc.sql("""
            insert into pw_debt_referral (referral_id, case_id, status, referred_at, updated_at)
            values (:id, :caseId, :status, :now, :now)""")
        .param("id", referral.referralId()).param("caseId", referral.caseId()).param("status", referral.status().name())
        .param("now", now).update();
  }

  @Override
  public boolean changeStatus(String referralId, DebtReferralStatus current, DebtReferralStatus answer, Instant at) {
    return jdbc.sql("""
            update pw_debt_referral set status = :answer, updated_at = :now
            where referral_id = :id and status = :current""")
        .param("answer", answer.name())
        .param("now", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("id", referralId)
        .param("current", current.name())
        .update() == 1;
  }

  @Override
  public Optional<Referral> find(String referralId) {
    return jdbc.sql("select referral_id, case_id, status from pw_debt_referral where referral_id = :id")
        .param("id", referralId)
        .query((rs, row) -> new Referral(rs.getString(1), rs.getString(2), DebtReferralStatus.valueOf(rs.getString(3))))
        .optional();
  }

  @Override
  public Optional<Referral> findByCase(String caseId) {
    return jdbc.sql("select referral_id, case_id, status from pw_debt_referral where case_id = :caseId")
        .param("caseId", caseId)
        .query((rs, row) -> new Referral(rs.getString(1), rs.getString(2), DebtReferralStatus.valueOf(rs.getString(3))))
        .optional();
  }
}
