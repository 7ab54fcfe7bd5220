package nl.gemeente.participatie.outflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.gemeente.participatie.assessment.AssessmentFacts;
import nl.gemeente.participatie.common.Money;
import nl.gemeente.participatie.eligibility.BenefitPayments;
import nl.gemeente.participatie.eligibility.Decision;
import nl.gemeente.participatie.eligibility.DecisionRegistry;
import nl.gemeente.participatie.eligibility.EmploymentFacts;
import nl.gemeente.participatie.eligibility.GrantedBenefits;
import nl.gemeente.participatie.eligibility.IncomeData;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.CaseOutcome;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.CaseRepository;
import nl.gemeente.participatie.zaak.CaseStage;
import nl.gemeente.participatie.zaak.CaseStatus;
import nl.gemeente.participatie.zaak.IntakeChannel;
import nl.gemeente.participatie.intake.IntakeService;
import nl.gemeente.participatie.zaak.OutflowFigures;
import nl.gemeente.participatie.platform.transaction.ConflictRetry;
import nl.gemeente.participatie.trajectory.TrajectoryPartners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outflow to paid work (step 11): a job start is reported, the job's figures are fetched, the rules
 * propose what it means for the benefit, the caseworker decides, the besluit and the payment follow,
 * and aftercare contacts keep the job going. Amounts and dates stay in {@code pw_job_start}; process
 * variables hold only the job start's id.
 */
@Service
public class OutflowService {

  private static final Logger log = LoggerFactory.getLogger(OutflowService.class);

  /** Why a job start or a job loss cannot be taken now (a 409 for the API). */
  public static class OutflowNotPossibleException extends RuntimeException {
    public OutflowNotPossibleException(String reason) {
      super(reason);
    }
  }

  /** A job start that cannot be right, whatever the case's state (a 400 for the API). */
  public static class InvalidJobStartException extends RuntimeException {
    private final String field;

    public InvalidJobStartException(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** What a reported job loss led to: back into the running case, or a new melding linked to the ended one. */
  public record JobLossEffect(String effect, String caseId) {
    public static final String BACK_TO_ASSESSMENT = "BACK_TO_ASSESSMENT";
    public static final String NEW_MELDING = "NEW_MELDING";
  }

  /** The answer to a job start report: its id, and whether it was already known (same job reported twice). */
  public record Reported(String jobStartId, boolean alreadyReported) {}

  private final JobStartRepository jobStarts;
  private final CaseRepository cases;
  private final OutflowRules rules;
  private final IncomeData incomeData;
  private final DecisionRegistry decisionRegistry;
  private final BenefitPayments payments;
  private final OutflowProcess process;
  private final OutflowSettings settings;
  private final GrantedBenefits benefits;
  private final AssessmentFacts assessments;
  private final TrajectoryPartners partners;
  private final IntakeService intake;
  private final Clock clock;
  private final ConflictRetry retry;

  OutflowService(JobStartRepository jobStarts, CaseRepository cases, OutflowRules rules, IncomeData incomeData,
      DecisionRegistry decisionRegistry, BenefitPayments payments, OutflowProcess process, OutflowSettings settings,
      GrantedBenefits benefits, AssessmentFacts assessments, TrajectoryPartners partners, IntakeService intake, Clock clock,
      ConflictRetry retry) {
    this.retry = retry;
    this.jobStarts = jobStarts;
    this.cases = cases;
    this.rules = rules;
    this.incomeData = incomeData;
    this.decisionRegistry = decisionRegistry;
    this.payments = payments;
    this.process = process;
    this.settings = settings;
    this.benefits = benefits;
    this.assessments = assessments;
    this.partners = partners;
    this.intake = intake;
    this.clock = clock;
  }

  /**
   * A job start, from the caseworker, the employer-services team or a partner's end report: recorded
   * and handed to the case, which starts its outflow ("Uitstroom naar werk"). The same job reported
   * again (same start date while its outflow runs) is answered with the first report.
   *
   * @throws CaseNotFoundException for an unknown case
   * @throws OutflowNotPossibleException when the case is closed, not yet at the route to work, or
   *     another job's outflow is still running
   */
  public Reported report(String caseId, JobStartSource source, JobStartReport report, String assignmentId,
      String reportedBy) {
    // The same job reported several times at once: the unique key (case, start date) lets one report
    // win; the others, run again, find its job start and answer with it.
    return retry.inTransaction("Job start", () -> {
      Reported reported = register(caseId, source, report, assignmentId, reportedBy);
      if (!reported.alreadyReported()) {
        process.jobStarted(caseId, reported.jobStartId());
      }
      return reported;
    });
  }

  /**
   * A placement recorded by the employer-services team in Tasklist ("Bemiddelen naar vacature"): the
   * job start is registered here and the case's own flow starts the outflow (escalation in the BPMN).
   */
  @Transactional
  public Reported registerPlacement(String caseId, JobStartReport report, String reportedBy) {
    return register(caseId, JobStartSource.EMPLOYER_SERVICES, report, null, reportedBy);
  }

  private Reported register(String caseId, JobStartSource source, JobStartReport report, String assignmentId,
      String reportedBy) {
    CaseRecord caseRecord = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    if (report.startDate().isBefore(caseRecord.reportDate())) {
      throw new InvalidJobStartException("startDate", "is before the case's melding");
    }
    if (caseRecord.status() != CaseStatus.OPEN) {
      throw new OutflowNotPossibleException("The case is closed; report a new melding instead");
    }
    if (caseRecord.stage() != CaseStage.ASSESSMENT && caseRecord.stage() != CaseStage.OUTFLOW) {
      throw new OutflowNotPossibleException("The case is not at the route to work yet (stage " + caseRecord.stage() + ")");
    }
    var running = jobStarts.latest(caseId).filter(jobStart -> !jobStart.finished());
    if (running.isPresent()) {
      if (running.get().reportedStartDate().equals(report.startDate())) {
        return new Reported(running.get().jobStartId(), true);
      }
      throw new OutflowNotPossibleException("The outflow of an earlier job start is still running");
    }
    String jobStartId = "JS-" + UUID.randomUUID();
    jobStarts.insert(jobStartId, caseId, source, report, assignmentId, reportedBy, clock.instant());
    cases.updateStage(caseId, CaseStage.OUTFLOW);
    log.info("Case {}: job start {} reported ({})", caseId, jobStartId, source);
    return new Reported(jobStartId, false);
  }

  /**
   * A job lost, reported by the caseworker. Within aftercare the outflow ends and the client returns to
   * the case's assessment stage, without a new intake; after a case that ended in work, a new melding
   * is registered, linked to the old case.
   *
   * @throws OutflowNotPossibleException when the case neither has a job in aftercare nor ended in work
   */
  public JobLossEffect jobLoss(String caseId, LocalDate lastWorkingDay, IntakeChannel channel, String reportedBy) {
    // Two reports at once: one wins; the other, run again, finds the job no longer in aftercare or the
    // follow-up case open, and is refused (409) as a sequential repeat would be.
    return retry.inTransaction("Job loss", () -> recordJobLoss(caseId, lastWorkingDay, channel, reportedBy));
  }

  private JobLossEffect recordJobLoss(String caseId, LocalDate lastWorkingDay, IntakeChannel channel, String reportedBy) {
    CaseRecord caseRecord = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    if (lastWorkingDay.isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("lastWorkingDay");
    }
    if (caseRecord.status() == CaseStatus.OPEN && process.inAftercare(caseId)) {
      process.jobLost(caseId, lastWorkingDay);
      return new JobLossEffect(JobLossEffect.BACK_TO_ASSESSMENT, caseId);
    }
    if (caseRecord.status() == CaseStatus.CLOSED && caseRecord.outcome() == CaseOutcome.OUTFLOW_TO_WORK) {
      return new JobLossEffect(JobLossEffect.NEW_MELDING, intake.registerFollowUp(caseId, channel, reportedBy).caseId());
    }
    throw new OutflowNotPossibleException("The case has no job in aftercare and did not end in work");
  }

  /** "Dienstverband opvragen": the job as the income gateway knows it (often not yet, shortly after the start). */
  public void fetchEmployment(String jobStartId) {
    JobStart jobStart = jobStart(jobStartId);
    Bsn bsn = cases.bsnOf(jobStart.caseId()).orElseThrow(() -> new CaseNotFoundException(jobStart.caseId()));
    EmploymentFacts facts = incomeData.employmentSince(bsn, jobStart.reportedStartDate().minusMonths(1));
    jobStarts.recordEmployment(jobStartId, facts);
  }

  /**
   * "Uitstroom toetsen": decision {@code outflowDecision} on the job's net wage against the norm of the
   * benefit in payment; without a benefit there is nothing to end or change.
   */
  public OutflowProposal propose(String jobStartId) {
    JobStart jobStart = jobStart(jobStartId);
    var benefit = benefits.inPayment(jobStart.caseId());
    OutflowProposal proposal;
    BigDecimal norm = benefit.map(GrantedBenefits.BenefitInPayment::monthlyNorm).orElse(null);
    if (benefit.isEmpty() || norm == null) {
      proposal = new OutflowProposal(OutflowOutcome.NO_BENEFIT, BigDecimal.ZERO, BigDecimal.ZERO, 0,
          jobStart.reducedWageValue(), jobStart.employerWantsTrial());
    } else if (jobStart.netMonthlyWage() == null) {
      // No wage known yet: no proposal on guesswork; the caseworker enters the wage from the contract.
      proposal = null;
    } else {
      proposal = rules.propose(LocalDate.now(clock), norm, jobStart.netMonthlyWage(),
          jobStart.otherNetIncome() == null ? BigDecimal.ZERO : jobStart.otherNetIncome(),
          jobStart.exemptionMonthsUsed(), jobStart.reducedWageValue(), jobStart.employerWantsTrial());
    }
    if (proposal != null) {
      jobStarts.recordProposal(jobStartId, norm, proposal);
    }
    return proposal;
  }

  /**
   * The caseworker's review. A confirmation decides: the benefit ends or changes from the job's start,
   * an exemption runs for its months; a correction of the figures sends the job back to the rules.
   *
   * @return the decision, or null when the figures were corrected
   * @throws IllegalArgumentException (with a Dutch message for the form) when the review is incomplete
   */
  public OutflowOutcome review(String jobStartId, OutflowReview review, String caseworker) {
    JobStart jobStart = jobStart(jobStartId);
    if (review.confirms()) {
      if (jobStart.proposedOutcome() == null || jobStart.netMonthlyWage() == null && jobStart.proposedOutcome() != OutflowOutcome.NO_BENEFIT) {
        throw new IllegalArgumentException("Er is nog geen voorstel: vul het netto maandloon in en kies 'Gegevens corrigeren'.");
      }
      LocalDate effective = jobStart.workStart();
      LocalDate exemptionUntil = jobStart.proposedOutcome() == OutflowOutcome.SUPPLEMENT
          && jobStart.exemptionMonthsLeft() != null && jobStart.exemptionMonthsLeft() > 0
          && jobStart.exemptionAmount() != null && jobStart.exemptionAmount().signum() > 0
          ? effective.plusMonths(jobStart.exemptionMonthsLeft()) : null;
      jobStarts.recordDecision(jobStartId, jobStart.proposedOutcome(), effective, exemptionUntil,
          review.note() == null || review.note().isBlank() ? ruleReason(jobStart) : review.note(), caseworker, clock.instant());
      log.info("Case {}: outflow decided as {}", jobStart.caseId(), jobStart.proposedOutcome());
      return jobStart.proposedOutcome();
    }
    if (!"CORRECT".equals(review.choice())) {
      throw new IllegalArgumentException("Kies 'Voorstel bevestigen' of 'Gegevens corrigeren'.");
    }
    if (review.netMonthlyWage() == null && review.contractStart() == null && review.otherNetIncome() == null
        && review.hoursPerWeek() == null && review.reducedWageValue() == null && review.employerWantsTrial() == null) {
      throw new IllegalArgumentException("Vul ten minste één gegeven in om te corrigeren.");
    }
    if (review.netMonthlyWage() != null && review.netMonthlyWage().signum() < 0
        || review.otherNetIncome() != null && review.otherNetIncome().signum() < 0) {
      throw new IllegalArgumentException("Bedragen kunnen niet negatief zijn.");
    }
    if (!Money.withinBounds(review.netMonthlyWage()) || !Money.withinBounds(review.grossMonthlyWage())
        || !Money.withinBounds(review.otherNetIncome())) {
      throw new IllegalArgumentException(Money.boundsMessage("Een loon of inkomen"));
    }
    if (!JobStartRules.hoursPerWeekPossible(review.hoursPerWeek())) {
      throw new IllegalArgumentException("Het aantal uren per week moet meer dan 0 en ten hoogste 60 zijn.");
    }
    if (review.note() == null || review.note().isBlank()) {
      throw new IllegalArgumentException("Geef aan waar de gecorrigeerde gegevens vandaan komen (bijv. arbeidscontract, loonstrook).");
    }
    jobStarts.recordCorrection(jobStartId, review);
    return null;
  }

  /** The reason recorded with a confirmed proposal when the caseworker adds none: the rule and its article. */
  private static String ruleReason(JobStart jobStart) {
    return switch (jobStart.proposedOutcome()) {
      case END_BENEFIT -> "Volgens voorstel: netto inkomen op of boven de bijstandsnorm; geen recht op bijstand meer "
          + "(art. 11, art. 31-32 Participatiewet).";
      case SUPPLEMENT -> jobStart.exemptionMonthsUsed() > 0
          ? "Volgens voorstel: de inkomstenvrijlating is gebruikt; aanvullende bijstand zonder vrijlating (art. 31 lid 2 sub n)."
          : "Volgens voorstel: netto inkomen onder de bijstandsnorm; aanvullende bijstand met inkomstenvrijlating "
              + "(art. 31 lid 2 sub n Participatiewet).";
      case NO_BENEFIT -> "Volgens voorstel: geen lopende uitkering; alleen nazorg.";
    };
  }

  /** "Besluit registreren in ZGW": besluit beëindiging or wijziging, once per decision. */
  public void registerBesluit(String jobStartId) {
    JobStart jobStart = jobStart(jobStartId);
    if (jobStart.zgwBesluitUrl() != null || jobStart.decidedOutcome() == OutflowOutcome.NO_BENEFIT) {
      return;
    }
    Decision decision = jobStart.decidedOutcome() == OutflowOutcome.END_BENEFIT ? Decision.END_BENEFIT : Decision.CHANGE_BENEFIT;
    String reference = jobStartId.substring(3, 11) + (jobStart.exemptionMonthsUsed() > 0 ? "-V" : "");
    jobStarts.recordBesluitUrl(jobStartId, decisionRegistry.register(new DecisionRegistry.Besluit(
        jobStart.caseId(), decision, LocalDate.now(clock), jobStart.effectiveDate(), reference)));
  }

  /** "Uitkering beëindigen of wijzigen": the benefits administration ends it or pays the supplement. */
  public void adjustBenefit(String jobStartId) {
    JobStart jobStart = jobStart(jobStartId);
    var benefit = benefits.inPayment(jobStart.caseId());
    if (benefit.isEmpty() || jobStart.decidedOutcome() == OutflowOutcome.NO_BENEFIT) {
      return;
    }
    String reference = benefit.get().paymentReference();
    if (jobStart.decidedOutcome() == OutflowOutcome.END_BENEFIT) {
      payments.end(new BenefitPayments.BenefitEnd(jobStart.caseId(), reference, jobStart.effectiveDate().minusDays(1),
          "INKOMSTEN_UIT_ARBEID"));
    } else {
      LocalDate from = jobStart.exemptionMonthsUsed() > 0 ? LocalDate.now(clock) : jobStart.effectiveDate();
      payments.change(new BenefitPayments.BenefitChange(jobStart.caseId(), reference, from, jobStart.supplementAmount()));
    }
  }

  /** The exemption's period is over: the rules propose the supplement without it, the caseworker decides again. */
  public void endExemption(String jobStartId) {
    JobStart jobStart = jobStart(jobStartId);
    int left = jobStart.exemptionMonthsLeft() == null ? 0 : jobStart.exemptionMonthsLeft();
    jobStarts.endExemption(jobStartId, jobStart.exemptionMonthsUsed() + left);
    log.info("Case {}: income exemption period over", jobStart.caseId());
  }

  /** The date of aftercare contact {@code moment} (0-based), counted from the job's start. */
  public LocalDate aftercareDue(String jobStartId, int moment) {
    return jobStart(jobStartId).workStart().plus(settings.aftercareAfter().get(moment));
  }

  public int aftercareMoments() {
    return settings.aftercareAfter().size();
  }

  /** @return true when the job was lost */
  public boolean recordAftercare(String jobStartId, int moment, AftercareContact contact, String caseworker) {
    if (contact == null || contact.outcome() == null) {
      throw new IllegalArgumentException("Kies de uitkomst van het nazorgcontact.");
    }
    if (contact.outcome() == AftercareOutcome.JOB_LOST && contact.lastWorkingDay() == null) {
      throw new IllegalArgumentException("Vul de laatste werkdag in.");
    }
    if (contact.outcome() == AftercareOutcome.AT_RISK && (contact.note() == null || contact.note().isBlank())) {
      throw new IllegalArgumentException("Beschrijf welke ondersteuning is afgesproken.");
    }
    if (contact.lastWorkingDay() != null && contact.lastWorkingDay().isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("De laatste werkdag kan niet in de toekomst liggen.");
    }
    jobStarts.recordAftercare(jobStartId, moment, aftercareDue(jobStartId, moment), contact, caseworker, clock.instant());
    if (contact.outcome() == AftercareOutcome.JOB_LOST) {
      jobLost(jobStartId, contact.lastWorkingDay());
      return true;
    }
    return false;
  }

  /** The job ended within aftercare: the outflow stops and the client returns to the assessment stage. */
  public void jobLost(String jobStartId, LocalDate lastWorkingDay) {
    JobStart jobStart = jobStart(jobStartId);
    jobStarts.finish(jobStartId, JobStartStatus.JOB_LOST, lastWorkingDay, clock.instant());
    log.info("Case {}: job lost within aftercare", jobStart.caseId());
  }

  /** The aftercare ended with the client still at work. */
  public void aftercareCompleted(String jobStartId) {
    jobStarts.finish(jobStartId, JobStartStatus.JOB_KEPT, null, clock.instant());
  }

  /**
   * What the case does now the outflow process ended: back to assessment (job lost), end with outflow
   * to work (benefit ended or none, job kept), or go on with a supplementary benefit.
   */
  public OutflowResult conclude(String caseId) {
    JobStart jobStart = jobStarts.latest(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no job start"));
    if (jobStart.status() == JobStartStatus.JOB_LOST) {
      return OutflowResult.JOB_LOST;
    }
    if (jobStart.decidedOutcome() == OutflowOutcome.SUPPLEMENT) {
      cases.updateStage(caseId, CaseStage.ASSESSMENT);
      return OutflowResult.SUPPLEMENT_CONTINUES;
    }
    return OutflowResult.OUTFLOW;
  }

  /** "Terug naar beoordeling": the job was lost in aftercare; the case is at the assessment stage again (no new intake). */
  public void returnToAssessment(String caseId) {
    cases.updateStage(caseId, CaseStage.ASSESSMENT);
    log.info("Case {}: back to the assessment stage after a lost job", caseId);
  }

  /**
   * A partner's end report with paid work, reviewed by the caseworker: a job start from today, unless
   * the case already follows this client's job (then the caseworker's report stands).
   */
  public void reportFromEndReport(String caseId, String assignmentId, String reportedBy) {
    try {
      report(caseId, JobStartSource.PARTNER_END_REPORT, new JobStartReport(LocalDate.now(clock), null, false, false),
          assignmentId, reportedBy);
    } catch (OutflowNotPossibleException e) {
      log.info("Case {}: paid work in the end report of assignment {} not taken as a new job start: {}", caseId,
          assignmentId, e.getMessage());
    }
  }

  /** The figures of a case that ends in work (no personal data): see {@link OutflowFigures}. */
  public OutflowFigures figures(String caseId) {
    JobStart jobStart = jobStarts.latest(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no job start"));
    CaseRecord caseRecord = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    String route = assessments.agreedRoute(caseId).orElse(null);
    String partner = partners.partnerFor(caseId, jobStart.assignmentId()).orElse(null);
    LocalDate lastContact = jobStart.workStart().plus(settings.aftercareAfter().get(settings.aftercareAfter().size() - 1));
    boolean lasted6Months = jobStart.status() == JobStartStatus.JOB_KEPT && !lastContact.isBefore(jobStart.workStart().plusMonths(6));
    return new OutflowFigures(jobStart.workStart(),
        (int) ChronoUnit.DAYS.between(caseRecord.reportDate(), jobStart.workStart()), route, partner, lasted6Months);
  }

  /**
   * The job start a step of case {@code caseId} acts on, checked to be that case's own: its id in the
   * engine is a variable, and a variable write must not make one case act on another's job start.
   *
   * @return {@code jobStartId}
   * @throws IllegalStateException naming the ids only, when the job start is unknown or another case's
   */
  public String jobStartOfCase(String caseId, String jobStartId) {
    if (!jobStart(jobStartId).caseId().equals(caseId)) {
      throw new IllegalStateException("Job start " + jobStartId + " does not belong to case " + caseId + "; not acted on");
    }
    return jobStartId;
  }

  public JobStart jobStart(String jobStartId) {
    return jobStarts.find(jobStartId).orElseThrow(() -> new IllegalStateException("No job start " + jobStartId));
  }
}
