package nl.gemeente.participatie.eligibility.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gemeente.participatie.eligibility.AdvanceDecision;
import nl.gemeente.participatie.eligibility.Advice;
import nl.gemeente.participatie.eligibility.ApplicationDeclaration;
import nl.gemeente.participatie.eligibility.BenefitsRegisterFacts;
import nl.gemeente.participatie.eligibility.Decision;
import nl.gemeente.participatie.eligibility.EligibilityFile;
import nl.gemeente.participatie.eligibility.EligibilityRepository;
import nl.gemeente.participatie.eligibility.GrantedBenefits;
import nl.gemeente.participatie.eligibility.IncomeFacts;
import nl.gemeente.participatie.eligibility.PersonFacts;
import nl.gemeente.participatie.eligibility.ResidenceStatus;
import nl.gemeente.participatie.eligibility.Review;
import nl.gemeente.participatie.eligibility.ReviewChoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The application file on plain JDBC (same SQL on H2 and PostgreSQL), and the port {@link GrantedBenefits}. */
@Repository
class JdbcEligibilityRepository implements EligibilityRepository, GrantedBenefits {

  private final JdbcClient jdbc;

  JdbcEligibilityRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public void declare(String caseId, ApplicationDeclaration declaration) {
    jdbc.sql("""
            insert into pw_eligibility (case_id, household_type, cost_sharers, declared_assets, days_abroad_this_year,
                                        search_period_exempt, search_period_exemption)
            values (:caseId, :householdType, :costSharers, :assets, :daysAbroad, :exempt, :exemption)""")
        .param("caseId", caseId)
        .param("householdType", declaration.householdType())
        .param("costSharers", declaration.costSharers())
        .param("assets", declaration.declaredAssets())
        .param("daysAbroad", declaration.daysAbroadThisYear())
        .param("exempt", declaration.searchPeriodExempt())
        .param("exemption", declaration.searchPeriodExemption())
        .update();
  }

  @Override
  public void recordPerson(String caseId, Optional<PersonFacts> found) {
    PersonFacts person = found.orElse(null);
    jdbc.sql("""
            update pw_eligibility set person_found = :found, birth_date = :birthDate,
                   residence_status = :residence, lives_in_netherlands = :livesInNl, has_partner = :partner,
                   children_under_18 = :children, deceased = :deceased
            where case_id = :caseId""")
        .param("found", person != null)
        .param("birthDate", person == null ? null : person.birthDate())
        .param("residence", person == null || person.residenceStatus() == null ? null : person.residenceStatus().name())
        .param("livesInNl", person == null ? null : person.livesInNetherlands())
        .param("partner", person == null ? null : person.hasPartner())
        .param("children", person == null ? null : person.childrenUnder18())
        .param("deceased", person == null ? null : person.deceased())
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void recordSearchPeriodEnd(String caseId, LocalDate ends) {
    jdbc.sql("update pw_eligibility set search_period_ends = :ends where case_id = :caseId")
        .param("ends", ends).param("caseId", caseId).update();
  }

  @Override
  public void grantSearchPeriodExemption(String caseId, String reason) {
    jdbc.sql("update pw_eligibility set search_period_exempt = true, search_period_exemption = :reason where case_id = :caseId")
        .param("reason", reason).param("caseId", caseId).update();
  }

  @Override
  public void recordIncome(String caseId, IncomeFacts income) {
    jdbc.sql("""
            update pw_eligibility set net_monthly_income = :income, income_known = :known, student_finance = :studentFinance
            where case_id = :caseId""")
        .param("income", income.netMonthlyIncome())
        .param("known", income.known())
        .param("studentFinance", income.studentFinanceEligible())
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void recordPartnerIncome(String caseId, BigDecimal partnerMonthlyIncome, LocalDate partnerBirthDate) {
    jdbc.sql("update pw_eligibility set partner_monthly_income = :income, partner_birth_date = :birthDate where case_id = :caseId")
        .param("income", partnerMonthlyIncome)
        .param("birthDate", partnerBirthDate)
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void recordBenefitsRegister(String caseId, BenefitsRegisterFacts facts) {
    jdbc.sql("update pw_eligibility set bijstand_elsewhere = :elsewhere, open_claims = :claims where case_id = :caseId")
        .param("elsewhere", facts.runningBijstandElsewhere())
        .param("claims", facts.openClaims())
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void recordAdvice(String caseId, Advice advice, Instant at) {
    jdbc.sql("""
            update pw_eligibility set advice_eligible = :eligible, advice_reasons = :reasons, monthly_norm = :norm,
                   benefit_amount = :benefit, cost_sharing_base = :costSharingBase, advised_at = :at
            where case_id = :caseId""")
        .param("eligible", advice.eligible())
        .param("reasons", String.join(" ", advice.reasons()))
        .param("norm", advice.monthlyNorm())
        .param("benefit", advice.benefitAmount())
        .param("costSharingBase", advice.costSharingBase())
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void recordReview(String caseId, Review review, boolean deviates, String decidedBy, Instant at) {
    jdbc.sql("""
            update pw_eligibility set decision = :decision, decision_start_date = :startDate, decision_amount = :amount,
                   decision_reasons = :reasons, deviates_from_advice = :deviates, decided_by = :decidedBy,
                   approved_by = null, decided_at = :at
            where case_id = :caseId""")
        .param("decision", review.choice() == ReviewChoice.GRANT ? Decision.GRANT.name() : Decision.REFUSE.name())
        .param("startDate", review.choice() == ReviewChoice.GRANT ? review.startDate() : null)
        .param("amount", review.choice() == ReviewChoice.GRANT ? review.monthlyAmount() : null)
        .param("reasons", review.reasons())
        .param("deviates", deviates)
        .param("decidedBy", decidedBy)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void recordApproval(String caseId, String approvedBy) {
    jdbc.sql("update pw_eligibility set approved_by = :approvedBy where case_id = :caseId")
        .param("approvedBy", approvedBy).param("caseId", caseId).update();
  }

  @Override
  public void suspend(String caseId, String requested, LocalDate informationDeadline, LocalDate since, LocalDate base) {
    jdbc.sql("""
            update pw_eligibility set information_requested = :requested, information_deadline = :deadline,
                   suspended_since = :since, awb_deadline_base = :base
            where case_id = :caseId""")
        .param("requested", requested)
        .param("deadline", informationDeadline)
        .param("since", since)
        .param("base", base)
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void resume(String caseId, int days) {
    jdbc.sql("""
            update pw_eligibility set suspended_days = suspended_days + :days, suspended_since = null,
                   awb_deadline_base = null
            where case_id = :caseId""")
        .param("days", days)
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void extend(String caseId, String reason) {
    jdbc.sql("update pw_eligibility set extended = true, extension_reason = :reason where case_id = :caseId")
        .param("reason", reason).param("caseId", caseId).update();
  }

  @Override
  public void recordNotProcessed(String caseId, String reasons, String decidedBy, Instant at) {
    jdbc.sql("""
            update pw_eligibility set decision = :decision, decision_reasons = :reasons, decided_by = :decidedBy,
                   decided_at = :at, decision_start_date = null, decision_amount = null, deviates_from_advice = false,
                   approved_by = null
            where case_id = :caseId""")
        .param("decision", Decision.NOT_PROCESSED.name())
        .param("reasons", reasons)
        .param("decidedBy", decidedBy)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void recordAdvance(String caseId, AdvanceDecision advance, String decidedBy) {
    jdbc.sql("""
            update pw_eligibility set advance_decision = :decision, advance_amount = :amount, advance_reason = :reasons,
                   advance_decided_by = :decidedBy
            where case_id = :caseId""")
        .param("decision", advance.decision())
        .param("amount", advance.grants() ? advance.monthlyAmount() : null)
        .param("reasons", advance.reasons())
        .param("decidedBy", decidedBy)
        .param("caseId", caseId)
        .update();
  }

  @Override
  public void recordBesluitUrl(String caseId, String url) {
    jdbc.sql("update pw_eligibility set zgw_besluit_url = :url where case_id = :caseId")
        .param("url", url).param("caseId", caseId).update();
  }

  @Override
  public void recordPaymentReference(String caseId, String reference) {
    jdbc.sql("update pw_eligibility set payment_reference = :reference where case_id = :caseId")
        .param("reference", reference).param("caseId", caseId).update();
  }

  @Override
  public Optional<EligibilityFile> find(String caseId) {
    return jdbc.sql("select * from pw_eligibility where case_id = :caseId")
        .param("caseId", caseId)
        .query(JdbcEligibilityRepository::toFile)
        .optional();
  }

  private static EligibilityFile toFile(ResultSet rs, int row) throws SQLException {
    Boolean personFound = nullableBoolean(rs, "person_found");
    PersonFacts person = Boolean.TRUE.equals(personFound)
        ? new PersonFacts(rs.getObject("birth_date", LocalDate.class),
            enumOrNull(ResidenceStatus.class, rs.getString("residence_status")),
            nullableBoolean(rs, "lives_in_netherlands"),
            rs.getBoolean("has_partner"), rs.getInt("children_under_18"), rs.getBoolean("deceased"))
        : null;
    Boolean incomeKnown = nullableBoolean(rs, "income_known");
    IncomeFacts income = incomeKnown == null ? null
        : new IncomeFacts(rs.getBigDecimal("net_monthly_income"), rs.getBoolean("student_finance"), incomeKnown);
    Boolean elsewhere = nullableBoolean(rs, "bijstand_elsewhere");
    BenefitsRegisterFacts register = elsewhere == null ? null
        : new BenefitsRegisterFacts(elsewhere, rs.getBoolean("open_claims"));
    Boolean eligible = nullableBoolean(rs, "advice_eligible");
    String reasons = rs.getString("advice_reasons");
    Advice advice = eligible == null ? null : new Advice(eligible,
        reasons == null || reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(" ")),
        rs.getBigDecimal("monthly_norm"), rs.getBigDecimal("benefit_amount"), rs.getBigDecimal("cost_sharing_base"));
    BigDecimal assets = rs.getBigDecimal("declared_assets");
    return new EligibilityFile(
        rs.getString("case_id"),
        rs.getString("household_type"),
        rs.getInt("cost_sharers"),
        assets,
        rs.getInt("days_abroad_this_year"),
        rs.getBoolean("search_period_exempt"),
        rs.getObject("search_period_ends", LocalDate.class),
        personFound,
        person,
        income,
        register,
        advice,
        enumOrNull(Decision.class, rs.getString("decision")),
        rs.getObject("decision_start_date", LocalDate.class),
        rs.getBigDecimal("decision_amount"),
        rs.getBoolean("deviates_from_advice"),
        rs.getString("decided_by"),
        rs.getString("approved_by"),
        rs.getObject("awb_deadline_base", LocalDate.class),
        rs.getObject("suspended_since", LocalDate.class),
        rs.getInt("suspended_days"),
        rs.getObject("information_deadline", LocalDate.class),
        rs.getBoolean("extended"),
        rs.getString("zgw_besluit_url"),
        rs.getString("payment_reference"),
        rs.getBigDecimal("partner_monthly_income"),
        rs.getObject("partner_birth_date", LocalDate.class));
  }

  private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  @Override
  public Optional<BenefitInPayment> inPayment(String caseId) {
    return jdbc.sql("""
            select monthly_norm, payment_reference from pw_eligibility
            where case_id = :caseId and decision = 'GRANT' and payment_reference is not null""")
        .param("caseId", caseId)
        .query((rs, row) -> new BenefitInPayment(rs.getBigDecimal("monthly_norm"), rs.getString("payment_reference")))
        .optional();
  }
}
