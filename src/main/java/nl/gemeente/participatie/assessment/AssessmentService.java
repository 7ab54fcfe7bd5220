package nl.gemeente.participatie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.gemeente.participatie.eligibility.EligibilityFile;
import nl.gemeente.participatie.eligibility.EligibilityRepository;
import nl.gemeente.participatie.eligibility.PersonFacts;
import nl.gemeente.participatie.eligibility.PersonRegistry;
import nl.gemeente.participatie.eligibility.ReviewRejectedException;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.CaseRepository;
import nl.gemeente.participatie.zaak.CaseStage;
import nl.gemeente.participatie.zaak.RequestType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The assessment stage (Participatiewet steps 6-8): the whole situation is mapped, the rules
 * propose obligations and a route, and the caseworker agrees a plan with the client, free to
 * deviate from the proposal with a reason.
 */
@Service
public class AssessmentService {

  private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

  /** Art. 44: for clients from 18 up to 27 the plan is part of the award. */
  static final int PLAN_TIED_TO_AWARD_BELOW_AGE = 27;

  private final CaseRepository cases;
  private final EligibilityRepository eligibility;
  private final PersonRegistry personRegistry;
  private final AssessmentRepository assessments;
  private final AssessmentRules rules;
  private final Clock clock;

  public AssessmentService(CaseRepository cases, EligibilityRepository eligibility, PersonRegistry personRegistry,
      AssessmentRepository assessments, AssessmentRules rules, Clock clock) {
    this.cases = cases;
    this.eligibility = eligibility;
    this.personRegistry = personRegistry;
    this.assessments = assessments;
    this.rules = rules;
    this.clock = clock;
  }

  public void enter(String caseId) {
    cases.updateStage(caseId, CaseStage.ASSESSMENT);
  }

  /**
   * Records the broad assessment and lets the rules propose. The birth date comes from the
   * application, or from the BRP for work-support-only clients (a partner call).
   *
   * @throws ReviewRejectedException when the assessment is out of range; nothing is stored then
   */
  public RouteProposal assess(String caseId, Assessment assessment, String assessmentJson) {
    LocalDate today = LocalDate.now(clock);
    List<String> problems = assessment.problems(today);
    if (!problems.isEmpty()) {
      throw new ReviewRejectedException(problems);
    }
    CaseRecord caseRecord = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    EligibilityFile file = eligibility.find(caseId).orElse(null);
    LocalDate birthDate = birthDate(caseId, file);
    Integer age = birthDate == null ? null : Period.between(birthDate, today).getYears();
    RouteProposal proposal = rules.propose(assessment, age, caseRecord.requestType().name(),
        file == null ? null : file.householdType(), today);
    int version = assessments.save(caseId, assessmentJson, proposal);
    log.info("Case {}: assessment v{} proposes route {} (debt referral {})", caseId, version, proposal.route(),
        proposal.debtReferral());
    return proposal;
  }

  /**
   * Records the plan agreed with the client.
   *
   * @return the agreed route, which decides where the case goes next
   */
  public Route agreePlan(String caseId, Plan plan, String planJson, String caseworker) {
    AssessmentRecord record = assessments.find(caseId)
        .orElseThrow(() -> new ReviewRejectedException(List.of("Er is nog geen brede intake vastgelegd.")));
    List<String> problems = plan.problems(record.proposal().route(), LocalDate.now(clock));
    if (!problems.isEmpty()) {
      throw new ReviewRejectedException(problems);
    }
    Route agreed = Route.parse(plan.agreedRoute());
    boolean deviates = agreed != record.proposal().route();
    assessments.savePlan(caseId, agreed, deviates ? plan.deviationReason() : null, tiedToAward(caseId), planJson,
        caseworker, clock.instant());
    log.info("Case {}: plan agreed, route {}{}", caseId, agreed, deviates ? " (deviates from proposal)" : "");
    return agreed;
  }

  /** Art. 44: for a bijstand client under 27 the plan is tied to the award. */
  boolean tiedToAward(String caseId) {
    CaseRecord caseRecord = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    if (caseRecord.requestType() != RequestType.BIJSTAND) {
      return false;
    }
    // A bijstand case has the birth date from its application; no partner call here.
    LocalDate birthDate = eligibility.find(caseId).map(EligibilityFile::person).map(PersonFacts::birthDate).orElse(null);
    return birthDate != null && Period.between(birthDate, LocalDate.now(clock)).getYears() < PLAN_TIED_TO_AWARD_BELOW_AGE;
  }

  private LocalDate birthDate(String caseId, EligibilityFile file) {
    if (file != null && file.person() != null && file.person().birthDate() != null) {
      return file.person().birthDate();
    }
    return cases.bsnOf(caseId).flatMap(personRegistry::findPerson).map(PersonFacts::birthDate).orElse(null);
  }
}
