package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** The application file in the service's own tables. */
public interface EligibilityRepository {

  void declare(String caseId, ApplicationDeclaration declaration);

  void recordPerson(String caseId, Optional<PersonFacts> person);

  void recordSearchPeriodEnd(String caseId, java.time.LocalDate ends);

  void grantSearchPeriodExemption(String caseId, String reason);

  void recordIncome(String caseId, IncomeFacts income);

  /** The partner's net monthly income as fetched for the means test (0 when there is none to count). */
  void recordPartnerIncome(String caseId, BigDecimal partnerMonthlyIncome, java.time.LocalDate partnerBirthDate);

  void recordBenefitsRegister(String caseId, BenefitsRegisterFacts facts);

  void recordAdvice(String caseId, Advice advice, Instant at);

  void recordReview(String caseId, Review review, boolean deviates, String decidedBy, Instant at);

  void recordApproval(String caseId, String approvedBy);

  /** The clock stands still from {@code since}; {@code base} is the deadline at that moment. */
  void suspend(String caseId, String requested, java.time.LocalDate informationDeadline, java.time.LocalDate since,
      java.time.LocalDate base);

  void resume(String caseId, int days);

  void extend(String caseId, String reason);

  void recordNotProcessed(String caseId, String reasons, String decidedBy, Instant at);

  void recordAdvance(String caseId, AdvanceDecision advance, String decidedBy);

  void recordBesluitUrl(String caseId, String url);

  void recordPaymentReference(String caseId, String reference);

  Optional<EligibilityFile> find(String caseId);
}
