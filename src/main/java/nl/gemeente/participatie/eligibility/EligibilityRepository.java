package nl.gemeente.participatie.eligibility;

import java.time.Instant;
import java.util.Optional;

/** The application file in the service's own tables. */
public interface EligibilityRepository {

  void declare(String caseId, ApplicationDeclaration declaration);

  void recordPerson(String caseId, Optional<PersonFacts> person);

  void recordSearchPeriodEnd(String caseId, java.time.LocalDate ends);

  void grantSearchPeriodExemption(String caseId, String reason);

  void recordIncome(String caseId, IncomeFacts income);

  void recordBenefitsRegister(String caseId, BenefitsRegisterFacts facts);

  void recordAdvice(String caseId, Advice advice, Instant at);

  void recordReview(String caseId, Review review, boolean deviates, String decidedBy, Instant at);

  void recordApproval(String caseId, String approvedBy);

  Optional<EligibilityFile> find(String caseId);
}
