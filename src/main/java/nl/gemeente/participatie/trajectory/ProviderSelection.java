package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.gemeente.participatie.assessment.Assessment;
import nl.gemeente.participatie.assessment.AssessmentRecord;
import nl.gemeente.participatie.assessment.AssessmentRepository;
import nl.gemeente.participatie.eligibility.EligibilityFile;
import nl.gemeente.participatie.eligibility.EligibilityRepository;
import nl.gemeente.participatie.eligibility.PersonFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The contracted partners for a case's trajectory, from decision {@code providerSelection}, with
 * the target group from the case (age from the application, language need from the assessment)
 * and the municipality's region.
 */
@Service
public class ProviderSelection {

  public record Candidate(String partnerId, BigDecimal priceCeiling, String contract) {}

  private final ProviderRules rules;
  private final EligibilityRepository eligibility;
  private final AssessmentRepository assessments;
  private final Clock clock;
  private final String region;
  private final ObjectMapper json;

  public ProviderSelection(ProviderRules rules, EligibilityRepository eligibility,
      AssessmentRepository assessments, Clock clock, @Value("${participatie.purchase.region:}") String region,
      ObjectMapper objectMapper) {
    this.json = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.rules = rules;
    this.eligibility = eligibility;
    this.assessments = assessments;
    this.clock = clock;
    this.region = region;
  }

  /** A language barrier seen in the assessment, or the language requirement (art. 18b) not yet met. */
  private boolean languageNeed(AssessmentRecord record) {
    String requirement = record.proposal().languageRequirement();
    if ("APPLIES".equals(requirement) || "TO_BE_TESTED".equals(requirement)) {
      return true;
    }
    try {
      Assessment assessment = json.readValue(record.assessmentJson(), Assessment.class);
      return assessment.barriers() != null && Boolean.TRUE.equals(assessment.barriers().language());
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  public List<Candidate> candidates(String caseId, String trajectoryType) {
    Integer age = eligibility.find(caseId).map(EligibilityFile::person).map(PersonFacts::birthDate)
        .map(birth -> Period.between(birth, LocalDate.now(clock)).getYears()).orElse(null);
    boolean languageNeed = assessments.find(caseId).map(this::languageNeed).orElse(false);
    return rules.partners(new ProviderRules.TargetGroup(trajectoryType, age != null && age < 27, age != null && age >= 55,
        languageNeed, region.isBlank() ? null : region));
  }
}
