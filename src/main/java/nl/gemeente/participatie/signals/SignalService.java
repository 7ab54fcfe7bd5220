package nl.gemeente.participatie.signals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.gemeente.participatie.common.MissingApprovalException;
import nl.gemeente.participatie.common.Money;
import nl.gemeente.participatie.common.Texts;
import nl.gemeente.participatie.eligibility.Advice;
import nl.gemeente.participatie.eligibility.BenefitPayments;
import nl.gemeente.participatie.eligibility.Decision;
import nl.gemeente.participatie.eligibility.DecisionRegistry;
import nl.gemeente.participatie.eligibility.EligibilityFile;
import nl.gemeente.participatie.eligibility.EligibilityRepository;
import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.zaak.CaseOutcome;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.CaseRepository;
import nl.gemeente.participatie.zaak.CaseStatus;
import nl.gemeente.participatie.platform.transaction.ConflictRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Signals about clients (issue 7): received once, handed to the running case as a check, or kept
 * when there is no running case. The check's outcomes: no effect, a recomputation on the new facts
 * (the caseworker decides on the result), or a suspension with a term for the client (art. 54).
 */
@Service
public class SignalService {

  private static final Logger log = LoggerFactory.getLogger(SignalService.class);

  /** Art. 54 lid 2: the term for supplying the information; the law allows it to be short, we cap it at 8 weeks. */
  public static final int MAX_INFORMATION_WEEKS = 8;

  /** A signal that is not right in itself (a 400), with the field. */
  public static class InvalidSignalException extends RuntimeException {
    private final List<Map<String, String>> errors;

    InvalidSignalException(List<Map<String, String>> errors) {
      super("invalid signal");
      this.errors = errors;
    }

    public List<Map<String, String>> errors() {
      return errors;
    }
  }

  /** What became of a received signal. */
  public record Received(String signalId, SignalStatus status, String caseId, boolean duplicate) {}

  /** The caseworker's check ("Signaal beoordelen"), as the form sends it. */
  public record Check(SignalOutcome outcome, String reasons, LocalDate informationUntil, String requestedInformation) {}

  /** The caseworker's decision on a recomputation ("Herberekening beoordelen"). */
  public record RecomputationDecision(String decision, BigDecimal monthlyAmount, LocalDate effectiveDate,
      CaseOutcome caseResult, String reasons) {}

  private final SignalRepository signals;
  private final CaseRepository cases;
  private final EligibilityRepository eligibilityFiles;
  private final EligibilityService eligibility;
  private final DecisionRegistry decisionRegistry;
  private final BenefitPayments payments;
  private final SignalProcess process;
  private final Clock clock;
  private final ConflictRetry retry;

  SignalService(SignalRepository signals, CaseRepository cases, EligibilityRepository eligibilityFiles,
      EligibilityService eligibility, DecisionRegistry decisionRegistry, BenefitPayments payments, SignalProcess process,
      Clock clock, ConflictRetry retry) {
    this.retry = retry;
    this.signals = signals;
    this.cases = cases;
    this.eligibilityFiles = eligibilityFiles;
    this.eligibility = eligibility;
    this.decisionRegistry = decisionRegistry;
    this.payments = payments;
    this.process = process;
    this.clock = clock;
  }

  /**
   * Takes a signal in: a source's second delivery of the same signal is answered with the first; a
   * signal for a running case starts a check inside that case; any other is recorded as
   * {@link SignalStatus#NO_RUNNING_CASE}.
   *
   * <p>The same signal sent several times at once is stored once: the unique key (source, signal id)
   * lets one delivery win, and the others, run again, find it and answer as a repeat.
   *
   * @param allowedSources the sources this sender may speak for: a signal supplier's configured
   *     sources (a housing corporation is no BRP), {@link SignalSource#CLIENT} for a caseworker who
   *     passes on what the client reported (art. 17)
   * @throws InvalidSignalException for a signal that is not right in itself or of a source the sender
   *     may not send; nothing is stored
   */
  public Received receive(SignalInput input, Set<SignalSource> allowedSources, String receivedBy) {
    return retry.inTransaction("Signal", () -> receiveOnce(input, allowedSources, receivedBy));
  }

  private Received receiveOnce(SignalInput input, Set<SignalSource> allowedSources, String receivedBy) {
    Bsn bsn = validate(input, allowedSources);
    Optional<Signal> known = signals.findBySource(input.source(), input.signalId());
    if (known.isPresent()) {
      return new Received(known.get().signalId(), known.get().status(), known.get().caseId(), true);
    }
    Optional<CaseRecord> runningCase = runningCase(input, bsn);
    String signalId = "SG-" + UUID.randomUUID();
    if (runningCase.isEmpty()) {
      if (!signals.insert(signalId, input, null, bsn == null ? null : bsn.value(), SignalStatus.NO_RUNNING_CASE,
          receivedBy, clock.instant())) {
        return duplicate(input);
      }
      log.info("Signal {} ({}) recorded: no running case", signalId, input.kind());
      return new Received(signalId, SignalStatus.NO_RUNNING_CASE, null, false);
    }
    String caseId = runningCase.get().caseId();
    if (!signals.insert(signalId, input, caseId, null, SignalStatus.CHECK_STARTED, receivedBy, clock.instant())) {
      return duplicate(input);
    }
    process.startCheck(caseId, signalId, summary(input));
    log.info("Case {}: signal {} ({}) received, check started", caseId, signalId, input.kind());
    return new Received(signalId, SignalStatus.CHECK_STARTED, caseId, false);
  }

  private Received duplicate(SignalInput input) {
    Signal first = signals.findBySource(input.source(), input.signalId()).orElseThrow();
    return new Received(first.signalId(), first.status(), first.caseId(), true);
  }

  private Bsn validate(SignalInput input, Set<SignalSource> allowedSources) {
    List<Map<String, String>> errors = new ArrayList<>();
    if (input.signalId() == null || input.signalId().isBlank()) {
      errors.add(error("signalId", "is required"));
    } else if (input.signalId().length() > 100) {
      errors.add(error("signalId", "is longer than 100 characters"));
    }
    if (input.source() == null) {
      errors.add(error("source", "is required"));
    }
    if (input.kind() == null) {
      errors.add(error("kind", "is required"));
    } else if (input.source() != null && input.kind().source() != input.source()) {
      errors.add(error("kind", "is not a signal of source " + input.source()));
    }
    if (input.source() != null && !allowedSources.contains(input.source())) {
      errors.add(error("source", "this sender may send signals of source " + new TreeSet<>(allowedSources) + " only"));
    }
    if (input.occurredOn() == null) {
      errors.add(error("occurredOn", "is required"));
    } else if (input.occurredOn().isAfter(LocalDate.now(clock).plusDays(1))) {
      errors.add(error("occurredOn", "is in the future"));
    }
    if (input.kind() == SignalKind.STAY_ABROAD
        && (input.daysAbroad() == null || input.daysAbroad() < 1 || input.daysAbroad() > 366)) {
      errors.add(error("daysAbroad", "is required for a stay abroad: 1 to 366 days this year"));
    }
    Bsn bsn = null;
    if ((input.caseId() == null || input.caseId().isBlank()) && (input.bsn() == null || input.bsn().isBlank())) {
      errors.add(error("caseId", "caseId or bsn is required"));
    }
    if (input.bsn() != null && !input.bsn().isBlank()) {
      try {
        bsn = Bsn.of(input.bsn());
      } catch (IllegalArgumentException e) {
        errors.add(error("bsn", "is not a valid BSN"));
      }
    }
    if (errors.isEmpty() && bsn != null && input.caseId() != null && !input.caseId().isBlank()) {
      Optional<Bsn> ofCase = cases.bsnOf(input.caseId());
      if (ofCase.isPresent() && !ofCase.get().equals(bsn)) {
        errors.add(error("bsn", "does not belong to the case"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSignalException(errors);
    }
    return bsn;
  }

  private Optional<CaseRecord> runningCase(SignalInput input, Bsn bsn) {
    Optional<CaseRecord> byId = input.caseId() == null || input.caseId().isBlank()
        ? Optional.empty() : cases.find(input.caseId());
    if (byId.isEmpty() && bsn != null) {
      byId = cases.findOpenCaseId(bsn).flatMap(cases::find);
    }
    return byId.filter(c -> c.status() == CaseStatus.OPEN && process.caseRuns(c.caseId()));
  }

  private static String summary(SignalInput input) {
    return "#### Signaal: " + input.kind().label() + "\n\n"
        + "- Bron: " + input.source() + ", datum " + input.occurredOn()
        + (input.daysAbroad() == null ? "" : ", " + input.daysAbroad() + " dagen in het buitenland dit jaar") + "\n"
        + "- Te controleren: " + input.kind().guidance() + "\n";
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }

  // --- the check

  /** @throws IllegalArgumentException with a Dutch message for the form */
  public SignalOutcome recordCheck(String signalId, Check check, String caseworker) {
    Signal signal = signal(signalId);
    if (check == null || check.outcome() == null) {
      throw new IllegalArgumentException("Kies wat het signaal betekent.");
    }
    if (check.outcome() != SignalOutcome.NO_EFFECT && (check.reasons() == null || check.reasons().isBlank())) {
      throw new IllegalArgumentException("Motiveer uw beoordeling.");
    }
    LocalDate until = null;
    if (check.outcome() == SignalOutcome.SUSPEND) {
      if (benefitReference(signal.caseId()).isEmpty()) {
        throw new IllegalArgumentException("Er is geen lopende uitkering om op te schorten.");
      }
      LocalDate today = LocalDate.now(clock);
      until = check.informationUntil();
      if (until == null || !until.isAfter(today) || until.isAfter(today.plusWeeks(MAX_INFORMATION_WEEKS))) {
        throw new IllegalArgumentException("Kies een termijn voor de gegevens: na vandaag en ten hoogste "
            + MAX_INFORMATION_WEEKS + " weken (art. 54 lid 2).");
      }
      if (check.requestedInformation() == null || check.requestedInformation().isBlank()) {
        throw new IllegalArgumentException("Vermeld welke gegevens de klant moet leveren.");
      }
    }
    String reasons = check.reasons() == null ? null
        : check.reasons() + (check.requestedInformation() == null ? "" : " | Gevraagd: " + check.requestedInformation());
    signals.recordCheck(signalId, check.outcome(), reasons, until, caseworker, clock.instant());
    if (check.outcome() == SignalOutcome.NO_EFFECT) {
      signals.handled(signalId);
    }
    log.info("Case {}: signal {} checked: {}", signal.caseId(), signalId, check.outcome());
    return check.outcome();
  }

  /** "Recht opnieuw toetsen": the rules on the new facts (BRP and income fetched again). Returns a Dutch summary. */
  public String recompute(String signalId) {
    Signal signal = signal(signalId);
    if (eligibilityFiles.find(signal.caseId()).isEmpty()) {
      // Work support only: no right to assistance to judge again; the caseworker may still end the case.
      return "#### Herberekening\n\n- Signaal: " + signal.kind().label() + " (" + signal.occurredOn() + ")\n"
          + "- Er is geen aanvraag om bijstand in deze zaak: niets te herberekenen. Kies 'Geen wijziging', of "
          + "'Beëindigen' om de zaak af te sluiten.\n";
    }
    Advice advice = eligibility.recompute(signal.caseId(), signal.kind() == SignalKind.DETENTION, signal.daysAbroad());
    signals.recordRecomputation(signalId, advice, String.join(",", advice.reasons()));
    StringBuilder text = new StringBuilder("#### Herberekening op de nieuwe gegevens\n\n");
    text.append("- Signaal: ").append(signal.kind().label()).append(" (").append(signal.occurredOn()).append(")\n");
    text.append("- Advies van de regels: ").append(advice.eligible() ? "recht op bijstand" : "geen recht op bijstand")
        .append(", uitkering volgens de regels ").append(advice.benefitAmount()).append(" per maand\n");
    advice.reasons().forEach(reason -> text.append("- Reden: ").append(reason).append("\n"));
    benefitReference(signal.caseId()).ifPresentOrElse(ref -> { },
        () -> text.append("\n**Let op:** er loopt geen uitkering; alleen 'Zaak beëindigen' of 'Geen wijziging' is zinvol.\n"));
    return text.toString();
  }

  /** @throws IllegalArgumentException with a Dutch message for the form */
  public String recordRecomputationDecision(String signalId, RecomputationDecision decision, String caseworker) {
    Signal signal = signal(signalId);
    if (decision == null || decision.decision() == null
        || !List.of("KEEP", "CHANGE", "END").contains(decision.decision())) {
      throw new IllegalArgumentException("Kies: geen wijziging, bedrag wijzigen of beëindigen.");
    }
    if (!decision.decision().equals("KEEP") && (decision.reasons() == null || decision.reasons().isBlank())) {
      throw new IllegalArgumentException("Motiveer het besluit; het wordt de klant meegedeeld.");
    }
    if (decision.decision().equals("CHANGE")) {
      if (benefitReference(signal.caseId()).isEmpty()) {
        throw new IllegalArgumentException("Er loopt geen uitkering om te wijzigen.");
      }
      if (decision.monthlyAmount() == null || decision.monthlyAmount().signum() <= 0 || decision.effectiveDate() == null) {
        throw new IllegalArgumentException("Vul het nieuwe bedrag per maand (meer dan 0) en de ingangsdatum in.");
      }
      if (!Money.withinBounds(decision.monthlyAmount())) {
        throw new IllegalArgumentException(Money.boundsMessage("Het nieuwe bedrag per maand"));
      }
    }
    if (decision.decision().equals("END")) {
      if (decision.effectiveDate() == null || decision.caseResult() == null) {
        throw new IllegalArgumentException("Vul de datum van beëindiging en het resultaat van de zaak in.");
      }
      if (!List.of(CaseOutcome.MOVED, CaseOutcome.OTHER_INCOME, CaseOutcome.DECEASED).contains(decision.caseResult())) {
        throw new IllegalArgumentException("Kies als resultaat: verhuisd, ander inkomen of overleden.");
      }
    }
    signals.recordRecomputationDecision(signalId, decision.decision(), decision.monthlyAmount(), decision.effectiveDate(),
        decision.caseResult() == null ? null : decision.caseResult().name(),
        decision.reasons() == null ? "geen wijziging" : decision.reasons());
    if (decision.decision().equals("KEEP")) {
      signals.handled(signalId);
    }
    log.info("Case {}: recomputation after signal {} decided: {}", signal.caseId(), signalId, decision.decision());
    return decision.decision();
  }

  /** The besluit that follows the caseworker's decision, once per kind of besluit; none without a benefit. */
  public void registerBesluit(String signalId, Decision decision) {
    Signal signal = signal(signalId);
    if (benefitReference(signal.caseId()).isEmpty() || decision.name().equals(signal.zgwBesluitDecision())) {
      return;
    }
    LocalDate effective = signal.effectiveDate() != null ? signal.effectiveDate() : LocalDate.now(clock);
    String url = decisionRegistry.register(new DecisionRegistry.Besluit(signal.caseId(), decision, LocalDate.now(clock),
        effective, signalId.substring(3, 11)));
    signals.recordBesluit(signalId, decision.name(), url);
  }

  /** The benefits administration follows a recomputation: a new amount, or the end. */
  public void adjustBenefit(String signalId) {
    Signal signal = signal(signalId);
    Optional<String> reference = benefitReference(signal.caseId());
    if (reference.isEmpty()) {
      return;
    }
    if ("CHANGE".equals(signal.recomputationDecision())) {
      payments.change(new BenefitPayments.BenefitChange(signal.caseId(), reference.get(), signal.effectiveDate(),
          signal.newAmount()));
    } else if ("END".equals(signal.recomputationDecision())) {
      payments.end(new BenefitPayments.BenefitEnd(signal.caseId(), reference.get(), signal.effectiveDate().minusDays(1),
          "SIGNAAL_" + signal.kind()));
    }
    signals.handled(signalId);
  }

  /** "Uitkering opschorten" (art. 54 lid 2): besluit opschorting and the payments stop from today. */
  public void suspend(String signalId) {
    Signal signal = signal(signalId);
    LocalDate from = signal.effectiveDate() != null ? signal.effectiveDate() : LocalDate.now(clock);
    signals.recordSuspendedFrom(signalId, from);
    registerBesluit(signalId, Decision.SUSPEND_BENEFIT);
    payments.suspend(signal.caseId(), benefitReference(signal.caseId()).orElseThrow(), from);
  }

  /** The information came in time (or late, by the caseworker's decision): the payments resume. */
  public void resume(String signalId) {
    Signal signal = signal(signalId);
    payments.resume(signal.caseId(), benefitReference(signal.caseId()).orElseThrow());
    signals.handled(signalId);
  }

  public void recordInformationReceived(String signalId, String note, String caseworker) {
    signals.recordSuspensionResult(signalId, "INFORMATION_RECEIVED", "Gegevens ontvangen (" + caseworker + ")"
        + (note == null || note.isBlank() ? "" : ": " + note));
  }

  /** @throws IllegalArgumentException with a Dutch message for the form */
  public boolean recordWithdrawalDecision(String signalId, String decision, String reasons, String caseworker) {
    if (!"WITHDRAW".equals(decision) && !"RESUME".equals(decision)) {
      throw new IllegalArgumentException("Kies: intrekken of toch hervatten.");
    }
    if (reasons == null || reasons.isBlank()) {
      throw new IllegalArgumentException("Motiveer het besluit; het wordt de klant meegedeeld.");
    }
    signals.recordSuspensionResult(signalId, "WITHDRAW".equals(decision) ? "WITHDRAWN" : "RESUMED_LATE",
        reasons + " (" + caseworker + ")");
    // Only a decision to withdraw has a decider whose decision a second person must approve.
    signals.recordWithdrawalDecidedBy(signalId, "WITHDRAW".equals(decision) ? caseworker : null);
    return "WITHDRAW".equals(decision);
  }

  /**
   * "Intrekking goedkeuren (vier ogen)": a team lead, not the caseworker who decided, approves the
   * withdrawal or sends it back with a remark.
   *
   * @return whether the withdrawal was approved (otherwise it goes back to the caseworker)
   * @throws IllegalArgumentException with a Dutch message for the form
   */
  public boolean recordWithdrawalApproval(String signalId, boolean approve, String remark, String approver) {
    Signal signal = signal(signalId);
    if (signal.withdrawalDecidedBy() == null) {
      throw new IllegalStateException("Signal " + signalId + " has no withdrawal decision to approve");
    }
    if (approver == null || approver.equals(signal.withdrawalDecidedBy())) {
      throw new IllegalArgumentException("Vier ogen: een ander dan de klantmanager die besliste moet goedkeuren.");
    }
    if (!approve) {
      if (remark == null || remark.isBlank()) {
        throw new IllegalArgumentException("Geef aan waarom de intrekking niet wordt goedgekeurd.");
      }
      if (Texts.tooLong(remark, 2000)) {
        throw new IllegalArgumentException(Texts.tooLongMessage("De toelichting", 2000));
      }
      return false;
    }
    signals.recordWithdrawalApprovedBy(signalId, approver);
    return true;
  }

  /**
   * "Uitkering intrekken" (art. 54 lid 4): besluit intrekking; the right ends from the day the
   * benefit was suspended, so the last paid day is the day before.
   */
  public void withdraw(String signalId) {
    Signal signal = signal(signalId);
    requireWithdrawalApproval(signal);
    registerBesluit(signalId, Decision.WITHDRAW_BENEFIT);
    payments.end(new BenefitPayments.BenefitEnd(signal.caseId(), benefitReference(signal.caseId()).orElseThrow(),
        signal.effectiveDate().minusDays(1), "INTREKKING_ART_54"));
    signals.handled(signalId);
  }

  /**
   * The signal a step of case {@code caseId} acts on, checked to be that case's own: a signal id in
   * the engine is a variable, and a variable write must not make one case act on another's signal.
   *
   * @return {@code signalId}
   * @throws IllegalStateException naming the ids only, when the signal is unknown or another case's
   */
  public String signalOfCase(String caseId, String signalId) {
    Signal signal = signal(signalId);
    if (!signal.caseId().equals(caseId)) {
      throw new IllegalStateException("Signal " + signalId + " does not belong to case " + caseId + "; not acted on");
    }
    return signalId;
  }

  /**
   * Four eyes on a withdrawal (art. 54 lid 4; the municipality's mandate [check: mandaatbesluit]):
   * it is registered and the benefit ended only with a recorded approval by another person than the
   * one who decided, whatever path the process took.
   */
  private static void requireWithdrawalApproval(Signal signal) {
    String approvedBy = signal.withdrawalApprovedBy();
    if (signal.withdrawalDecidedBy() == null || approvedBy == null || approvedBy.isBlank()) {
      throw new MissingApprovalException("Case " + signal.caseId() + ": the withdrawal (signal " + signal.signalId()
          + ") needs a decision and a recorded approval by a second person (four eyes) and has none;"
          + " nothing registered or ended");
    }
    if (approvedBy.equals(signal.withdrawalDecidedBy())) {
      throw new MissingApprovalException("Case " + signal.caseId() + ": the withdrawal (signal " + signal.signalId()
          + ") was approved by the person who decided it, not by a second person (four eyes);"
          + " nothing registered or ended");
    }
  }

  /**
   * Closing a case as {@code BENEFIT_WITHDRAWN} needs its withdrawal: approved by a second person and
   * carried out. The outcome comes from an engine variable; this keeps a written variable from
   * closing a case as withdrawn without one.
   *
   * @throws MissingApprovalException when there is none
   */
  public void requireApprovedWithdrawal(String caseId) {
    if (!signals.hasApprovedWithdrawal(caseId)) {
      throw new MissingApprovalException("Case " + caseId + ": closing it as BENEFIT_WITHDRAWN needs a withdrawal"
          + " approved by a second person (four eyes) and carried out, and there is none; nothing closed");
    }
  }

  public Signal signal(String signalId) {
    return signals.find(signalId).orElseThrow(() -> new IllegalStateException("No signal " + signalId));
  }

  private Optional<String> benefitReference(String caseId) {
    return eligibilityFiles.find(caseId)
        .filter(file -> file.decision() == Decision.GRANT)
        .map(EligibilityFile::paymentReference);
  }
}
