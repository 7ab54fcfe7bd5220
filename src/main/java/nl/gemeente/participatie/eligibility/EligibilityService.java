package nl.gemeente.participatie.eligibility;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.gemeente.participatie.common.MissingApprovalException;
import nl.gemeente.participatie.common.PartnerUnavailableException;
import nl.gemeente.participatie.common.Texts;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.CaseOutcome;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.CaseRepository;
import nl.gemeente.participatie.zaak.CaseStage;
import nl.gemeente.participatie.zaak.CaseStateException;
import nl.gemeente.participatie.zaak.ReportDateBound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The application for bijstand (Participatiewet steps 2-5): the youth search period, the facts from
 * partners, the rules' advice, and the caseworker's decision with four eyes on refusals and
 * deviations. A machine advises; a person decides.
 */
@Service
public class EligibilityService {

  private static final Logger log = LoggerFactory.getLogger(EligibilityService.class);

  /** Awb art. 4:13: a decision within eight weeks of the application. */
  public static final int AWB_DECISION_WEEKS = 8;
  /** Art. 41 lid 4: the search period is four weeks from the melding. */
  public static final int SEARCH_PERIOD_DAYS = 28;
  /** Longest hersteltermijn the service allows a caseworker to set (Awb 4:5: a reasonable term). */
  public static final int MAX_RECOVERY_WEEKS = 8;

  private final CaseRepository cases;
  private final EligibilityRepository files;
  private final PersonRegistry personRegistry;
  private final IncomeData incomeData;
  private final BenefitsRegister benefitsRegister;
  private final EligibilityRules rules;
  private final DecisionRegistry decisionRegistry;
  private final BenefitPayments payments;
  private final AwbSettings awb;
  private final Clock clock;
  private final ReportDateBound reportDateBound;

  public EligibilityService(CaseRepository cases, EligibilityRepository files, PersonRegistry personRegistry,
      IncomeData incomeData, BenefitsRegister benefitsRegister, EligibilityRules rules, DecisionRegistry decisionRegistry,
      BenefitPayments payments, AwbSettings awb, Clock clock, ReportDateBound reportDateBound) {
    this.reportDateBound = reportDateBound;
    this.cases = cases;
    this.files = files;
    this.personRegistry = personRegistry;
    this.incomeData = incomeData;
    this.benefitsRegister = benefitsRegister;
    this.rules = rules;
    this.decisionRegistry = decisionRegistry;
    this.payments = payments;
    this.awb = awb;
    this.clock = clock;
  }

  public void declare(String caseId, ApplicationDeclaration declaration) {
    files.declare(caseId, declaration);
  }

  /** Person and household from the BRP; an unknown BSN is recorded as such, for the caseworker. */
  public void fetchPerson(String caseId) {
    Optional<PersonFacts> person = personRegistry.findPerson(bsnOf(caseId));
    files.recordPerson(caseId, person);
    if (person.isEmpty()) {
      log.info("Case {}: person not found in the BRP", caseId);
    }
  }

  /**
   * Whether the youth search period runs today; if so, its last day is recorded and returned.
   * Unknown birth date: no search period is imposed here; the rules ask to establish the birth date.
   */
  public Optional<LocalDate> searchPeriodEnd(String caseId) {
    CaseRecord caseRecord = caseRecord(caseId);
    EligibilityFile file = file(caseId);
    LocalDate birthDate = file.person() == null ? null : file.person().birthDate();
    if (birthDate == null
        || !rules.searchPeriodRuns(birthDate, caseRecord.reportDate(), today(), file.searchPeriodExempt())) {
      return Optional.empty();
    }
    LocalDate ends = caseRecord.reportDate().plusDays(SEARCH_PERIOD_DAYS);
    files.recordSearchPeriodEnd(caseId, ends);
    cases.updateStage(caseId, CaseStage.SEARCH_PERIOD);
    return Optional.of(ends);
  }

  /** The caseworker exempts the client from the rest of the search period (art. 41 lid 4). */
  public void grantSearchPeriodExemption(String caseId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new ReviewRejectedException(List.of("Geef de grond voor vrijstelling van de zoektermijn."));
    }
    if (Texts.tooLong(reason, 500)) {
      throw new ReviewRejectedException(List.of(Texts.tooLongMessage("De grond voor vrijstelling", 500)));
    }
    files.grantSearchPeriodExemption(caseId, reason);
  }

  /** The application (aanvraag) is made today; the Awb clock starts. Returns the deadline. */
  public LocalDate registerApplication(String caseId) {
    LocalDate applicationDate = today();
    LocalDate deadline = applicationDate.plusWeeks(AWB_DECISION_WEEKS);
    cases.registerApplication(caseId, applicationDate, deadline);
    cases.updateStage(caseId, CaseStage.ELIGIBILITY);
    return deadline;
  }

  /** The client's income and, for a couple, the partner's (the household's means, art. 31, 32). */
  public void fetchIncome(String caseId) {
    recordIncomes(caseId, applicationDate(caseId));
  }

  private void recordIncomes(String caseId, LocalDate referenceDate) {
    files.recordIncome(caseId, incomeData.incomeOn(bsnOf(caseId), referenceDate));
    recordPartner(caseId, referenceDate);
  }

  /**
   * Records, for a couple ({@code householdType} COUPLE) whose partner the BRP shows, the partner's net
   * monthly income from the income source on the reference date and the partner's birth date; otherwise 0 (a single client, or a couple the
   * BRP does not confirm, which the rules flag for the caseworker). The partner's BSN lives only in
   * this method: it is neither stored, nor logged, nor put in an exception text.
   *
   * @throws PartnerUnavailableException naming the income source, or the BRP, when it cannot answer;
   *     the step is retried and ends as an incident for the case
   */
  private void recordPartner(String caseId, LocalDate referenceDate) {
    EligibilityFile file = file(caseId);
    if (!"COUPLE".equals(file.householdType()) || file.person() == null || !file.person().hasPartner()) {
      files.recordPartnerIncome(caseId, BigDecimal.ZERO, null);
      return;
    }
    Optional<PartnerFacts> partner = personRegistry.partnerOf(bsnOf(caseId));
    if (partner.isEmpty()) {
      log.info("Case {}: the BRP shows no partner with a BSN; partner income not fetched", caseId);
      files.recordPartnerIncome(caseId, BigDecimal.ZERO, null);
      return;
    }
    try {
      files.recordPartnerIncome(caseId, incomeData.incomeOn(partner.get().bsn(), referenceDate).netMonthlyIncome(),
          partner.get().birthDate());
    } catch (PartnerUnavailableException e) {
      throw new PartnerUnavailableException(e.partner(), "income of the client's partner: " + e.detail());
    }
  }

  public void checkBenefitsRegister(String caseId) {
    files.recordBenefitsRegister(caseId, benefitsRegister.lookUp(bsnOf(caseId)));
  }

  /** The rules' advice on the facts gathered. Detention and evasion come as signals later, not here. */
  public Advice advise(String caseId) {
    EligibilityFile file = file(caseId);
    EligibilityInput input = input(caseId, file, applicationDate(caseId), false, file.searchPeriodExempt(),
        file.daysAbroadThisYear());
    Advice advice = rules.advise(input);
    files.recordAdvice(caseId, advice, clock.instant());
    log.info("Case {}: rules advise eligible={} reasons={}", caseId, advice.eligible(), advice.reasons());
    return advice;
  }

  /**
   * A signal's new facts (issue 7): person and income are fetched again and the rules judge the
   * running benefit on today's date, with detention or a stay abroad as the signal reports them. The
   * application's own advice and decision stay as they were; the caller keeps this advice with the signal.
   */
  public Advice recompute(String caseId, boolean detained, Integer daysAbroad) {
    fetchPerson(caseId);
    recordIncomes(caseId, today());
    EligibilityFile file = file(caseId);
    EligibilityInput input = input(caseId, file, today(), detained, true,
        daysAbroad != null ? daysAbroad : file.daysAbroadThisYear());
    Advice advice = rules.advise(input);
    log.info("Case {}: rules recomputed on new facts: eligible={} reasons={}", caseId, advice.eligible(), advice.reasons());
    return advice;
  }

  /**
   * The rules' inputs from the case's file: on the application date for the advice, on today for a
   * recomputation (which also knows detention from the signal and no longer asks for a search period).
   */
  private EligibilityInput input(String caseId, EligibilityFile file, LocalDate referenceDate, boolean detained,
      boolean searchPeriodExempt, Integer daysAbroad) {
    PersonFacts person = file.person();
    return new EligibilityInput(
        referenceDate,
        caseRecord(caseId).reportDate(),
        person == null ? null : person.birthDate(),
        person == null ? null : person.residenceStatus(),
        person == null ? null : person.livesInNetherlands(),
        detained,
        false,
        file.income() != null && file.income().studentFinanceEligible(),
        searchPeriodExempt,
        daysAbroad,
        file.householdType(),
        file.costSharers(),
        file.income() == null ? null : file.income().netMonthlyIncome(),
        file.declaredAssets(),
        person == null ? null : person.hasPartner(),
        file.partnerMonthlyIncome(),
        file.partnerBirthDate());
  }

  /**
   * Records the caseworker's review: a decision (which may need a team lead's approval), a request
   * for information (the clock stops), or the one extension of the term.
   */
  public ReviewResult recordReview(String caseId, Review review, String caseworker) {
    EligibilityFile file = file(caseId);
    CaseRecord caseRecord = caseRecord(caseId);
    if (file.advice() == null) {
      throw new CaseStateException("Case " + caseId + " has no advice to review");
    }
    // The bound that applied to the melding on the day it was registered (ADR 0002): a grant never
    // starts before it, also for a case registered before the bound existed.
    LocalDate earliestStart = reportDateBound.earliest(LocalDate.ofInstant(caseRecord.registeredAt(), clock.getZone()));
    List<String> problems = review.problems(file.advice(), caseRecord.reportDate(), earliestStart, today());
    if (!problems.isEmpty()) {
      throw new ReviewRejectedException(problems);
    }
    return switch (review.choice()) {
      case GRANT, REFUSE -> {
        files.recordReview(caseId, review, review.deviatesFrom(file.advice()), caseworker, clock.instant());
        yield new ReviewResult(review.choice(), review.needsSecondApproval(file.advice()), caseRecord.awbDeadline());
      }
      case REQUEST_INFORMATION -> new ReviewResult(review.choice(), false,
          suspend(caseId, caseRecord, review.requestedInformation(), review.informationDeadline()));
      case EXTEND_DEADLINE -> new ReviewResult(review.choice(), false, extend(caseId, file, caseRecord, review.extensionReason()));
    };
  }

  /**
   * The client must supply information by a deadline (hersteltermijn, Awb 4:5). The decision term
   * is suspended from today (Awb 4:15 lid 1 a); until the information comes, the deadline shown
   * assumes the whole hersteltermijn is used.
   */
  private LocalDate suspend(String caseId, CaseRecord caseRecord, String requested, LocalDate informationDeadline) {
    LocalDate base = caseRecord.awbDeadline();
    files.suspend(caseId, requested, informationDeadline, today(), base);
    LocalDate provisional = base.plusDays(ChronoUnit.DAYS.between(today(), informationDeadline));
    cases.updateAwbDeadline(caseId, provisional);
    log.info("Case {}: Awb term suspended until information arrives, at the latest {}", caseId, informationDeadline);
    return provisional;
  }

  /**
   * The information came, or the hersteltermijn ended: the clock runs again, and the deadline is the
   * one before the suspension plus exactly the days it was suspended.
   */
  public LocalDate resume(String caseId) {
    EligibilityFile file = file(caseId);
    if (file.suspendedSince() == null) {
      throw new CaseStateException("Case " + caseId + ": the Awb term is not suspended");
    }
    int days = (int) ChronoUnit.DAYS.between(file.suspendedSince(), today());
    LocalDate deadline = file.awbDeadlineBase().plusDays(days);
    files.resume(caseId, days);
    cases.updateAwbDeadline(caseId, deadline);
    log.info("Case {}: Awb term resumed after {} days, deadline {}", caseId, days, deadline);
    return deadline;
  }

  /** Verdaging (Awb 4:14): once, with a reason the client is told. */
  private LocalDate extend(String caseId, EligibilityFile file, CaseRecord caseRecord, String reason) {
    if (file.extended()) {
      throw new ReviewRejectedException(List.of("De beslistermijn is al eens verdaagd (Awb 4:14)."));
    }
    LocalDate deadline = caseRecord.awbDeadline().plusWeeks(awb.extensionWeeks());
    files.extend(caseId, reason);
    cases.updateAwbDeadline(caseId, deadline);
    log.info("Case {}: Awb term extended to {}", caseId, deadline);
    return deadline;
  }

  /** The caseworker confirms "buiten behandeling" after an unused hersteltermijn, with reasons. */
  public void notProcessed(String caseId, String reasons, String caseworker) {
    if (reasons == null || reasons.isBlank()) {
      throw new ReviewRejectedException(List.of("Motiveer het buiten behandeling stellen."));
    }
    if (Texts.tooLong(reasons, 4000)) {
      throw new ReviewRejectedException(List.of(Texts.tooLongMessage("De motivering", 4000)));
    }
    files.recordNotProcessed(caseId, reasons, caseworker, clock.instant());
  }

  /** Art. 52: an advance while the right cannot yet be established, or none with reasons. */
  public void recordAdvance(String caseId, AdvanceDecision advance, String caseworker) {
    List<String> problems = advance.problems();
    if (!problems.isEmpty()) {
      throw new ReviewRejectedException(problems);
    }
    files.recordAdvance(caseId, advance, caseworker);
  }

  public AwbSettings awbSettings() {
    return awb;
  }

  /**
   * The second pair of eyes. The approver cannot be the caseworker who decided.
   *
   * @return whether the decision was approved (otherwise it goes back to the caseworker)
   */
  public boolean recordApproval(String caseId, boolean approve, String remark, String approver) {
    EligibilityFile file = file(caseId);
    if (approver == null || approver.equals(file.decidedBy())) {
      throw new ReviewRejectedException(List.of("Vier ogen: een ander dan de klantmanager die besliste moet goedkeuren."));
    }
    if (!approve) {
      if (remark == null || remark.isBlank()) {
        throw new ReviewRejectedException(List.of("Geef aan waarom het besluit niet wordt goedgekeurd."));
      }
      return false;
    }
    files.recordApproval(caseId, approver);
    return true;
  }

  /**
   * "Besluit vastleggen": the recorded decision is taken. A refusal or a deviation from the advice
   * only with its recorded second approval.
   *
   * @throws MissingApprovalException when that approval is missing; nothing is taken then
   */
  public Decision takeDecision(String caseId) {
    EligibilityFile file = file(caseId);
    if (file.decision() == null) {
      throw new CaseStateException("Case " + caseId + " has no decision to take");
    }
    requireSecondApproval(caseId, file, "taken");
    return file.decision();
  }

  /**
   * Four eyes on a refusal or on any deviation from the rules' advice (other outcome, other amount):
   * the decision counts only with a recorded approval by another person than the one who decided.
   * The rule is the municipality's mandate for bijstand decisions [check: mandaatbesluit]; the service
   * holds it in every step that takes, registers, pays or closes a decision, not only in the diagram.
   * A new decision clears an earlier approval (JdbcEligibilityRepository.recordReview), so an approval
   * sent back cannot be reused.
   */
  static boolean needsSecondApproval(EligibilityFile file) {
    return file.decision() == Decision.REFUSE || (file.decision() == Decision.GRANT && file.deviatesFromAdvice());
  }

  private static void requireSecondApproval(String caseId, EligibilityFile file, String step) {
    if (!needsSecondApproval(file)) {
      return;
    }
    String approvedBy = file.approvedBy();
    if (approvedBy == null || approvedBy.isBlank()) {
      throw new MissingApprovalException("Case " + caseId + ": the " + file.decision()
          + (file.decision() == Decision.GRANT ? " deviating from the advice" : "")
          + " needs a recorded approval by a second person (four eyes) and has none; nothing " + step);
    }
    if (approvedBy.equals(file.decidedBy())) {
      throw new MissingApprovalException("Case " + caseId + ": the " + file.decision()
          + " was approved by the person who decided it, not by a second person (four eyes); nothing " + step);
    }
  }

  /** The besluit is taken. Until the later stages exist the case closes with it. */
  public CaseOutcome decide(String caseId) {
    EligibilityFile file = file(caseId);
    if (file.decision() == null) {
      throw new CaseStateException("Case " + caseId + " has no decision to take");
    }
    requireSecondApproval(caseId, file, "closed");
    return switch (file.decision()) {
      case GRANT -> CaseOutcome.GRANTED;
      case REFUSE -> CaseOutcome.REFUSED;
      case NOT_PROCESSED -> CaseOutcome.NOT_PROCESSED;
      case END_BENEFIT, CHANGE_BENEFIT, SUSPEND_BENEFIT, WITHDRAW_BENEFIT -> throw new CaseStateException("Case " + caseId + ": not a decision on an application");
    };
  }

  /**
   * Registers the besluit in the ZGW Besluiten API, once: a besluit already registered (a step run
   * again by an operator) is not registered twice.
   */
  public void registerBesluit(String caseId) {
    EligibilityFile file = file(caseId);
    if (file.zgwBesluitUrl() != null) {
      return;
    }
    if (file.decision() == null) {
      throw new CaseStateException("Case " + caseId + " has no decision to register");
    }
    requireSecondApproval(caseId, file, "registered");
    LocalDate effective = file.decision() == Decision.GRANT ? file.decisionStartDate() : today();
    files.recordBesluitUrl(caseId, decisionRegistry.register(
        new DecisionRegistry.Besluit(caseId, file.decision(), today(), effective)));
  }

  /** Starts the payment of a granted benefit, once. */
  public void startPayment(String caseId) {
    EligibilityFile file = file(caseId);
    if (file.paymentReference() != null || file.decision() != Decision.GRANT) {
      return;
    }
    requireSecondApproval(caseId, file, "paid");
    files.recordPaymentReference(caseId, payments.start(new BenefitPayments.BenefitStart(
        caseId, bsnOf(caseId), file.decisionStartDate(), file.decisionAmount())));
  }

  public EligibilityFile file(String caseId) {
    return files.find(caseId).orElseThrow(() -> new CaseStateException("Case " + caseId + " has no application"));
  }

  private CaseRecord caseRecord(String caseId) {
    return cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
  }

  private LocalDate applicationDate(String caseId) {
    LocalDate date = caseRecord(caseId).applicationDate();
    return date == null ? today() : date;
  }

  private Bsn bsnOf(String caseId) {
    return cases.bsnOf(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
