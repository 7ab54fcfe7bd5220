package nl.gemeente.participatie.intake;

import nl.gemeente.participatie.zaak.Bsn;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.zaak.CaseRepository;
import nl.gemeente.participatie.zaak.CaseStage;
import nl.gemeente.participatie.zaak.CaseOutcome;
import nl.gemeente.participatie.zaak.CaseStatus;
import nl.gemeente.participatie.zaak.CaseNotFoundException;
import nl.gemeente.participatie.zaak.CaseStateException;
import nl.gemeente.participatie.zaak.CaseView;
import nl.gemeente.participatie.zaak.CaseProcess;
import nl.gemeente.participatie.zaak.OutflowFigures;
import nl.gemeente.participatie.zaak.CaseLifecycle;
import nl.gemeente.participatie.zaak.IntakeChannel;
import nl.gemeente.participatie.zaak.Melding;
import nl.gemeente.participatie.zaak.DuplicateOpenCaseException;
import nl.gemeente.participatie.zaak.OpenCaseExistsException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking in a melding: validate, refuse a second open case for one person, register the case and
 * start its process, all in one transaction (the engine joins the Spring transaction), so a
 * failure leaves neither a case nor a process instance behind.
 */
@Service
public class IntakeService {

  private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

  private final MeldingValidator validator;
  private final CaseRepository cases;
  private final CaseProcess process;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final CaseLifecycle caseLifecycle;

  public IntakeService(MeldingValidator validator, CaseRepository cases, CaseProcess process,
      TransactionTemplate transaction, Clock clock, CaseLifecycle caseLifecycle) {
    this.validator = validator;
    this.cases = cases;
    this.process = process;
    this.transaction = transaction;
    this.clock = clock;
    this.caseLifecycle = caseLifecycle;
  }

  /** A melding through the API: registers the case and starts its process. */
  public CaseRecord register(MeldingInput input, String registeredBy) {
    Melding melding = validator.validate(input);
    CaseRecord registered;
    try {
      registered = transaction.execute(status -> {
        CaseRecord caseRecord = insert(melding, registeredBy);
        process.start(caseRecord);
        return cases.find(caseRecord.caseId()).orElseThrow();
      });
    } catch (DuplicateOpenCaseException raceLost) {
      // The transaction is rolled back; the winner is committed and can now be named.
      throw new OpenCaseExistsException(cases.findOpenCaseId(melding.bsn()).orElse("unknown"));
    }
    log.info("Case {} registered ({}, channel {})", registered.caseId(), registered.requestType(),
        registered.channel());
    return registered;
  }

  /**
   * A melding from the Tasklist start form: the process is already running, inside the current
   * transaction; registers the case and links it to that process.
   */
  public CaseRecord registerForRunningProcess(MeldingInput input, String registeredBy, String processInstanceId) {
    Melding melding = validator.validate(input);
    CaseRecord caseRecord = insert(melding, registeredBy);
    caseLifecycle.attachProcess(caseRecord.caseId(), processInstanceId);
    log.info("Case {} registered from Tasklist ({}, channel {})", caseRecord.caseId(),
        caseRecord.requestType(), caseRecord.channel());
    return caseRecord;
  }

  /**
   * The caseworker's conclusion of the intake conversation.
   *
   * @return where the case goes: the application for bijstand, straight to the assessment (work
   *     support only), or nowhere (closed)
   * @throws IntakeRejectedException when the conversation is incomplete; nothing is changed then
   */
  public IntakeNext recordIntakeOutcome(String caseId, IntakeConversation intake) {
    List<String> problems = intake.problems();
    if (!problems.isEmpty()) {
      throw new IntakeRejectedException(problems);
    }
    CaseRecord current = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    IntakeOutcome outcome = intake.intakeOutcome();
    if (intake.confirmedRequestType() != current.requestType()) {
      cases.updateRequestType(caseId, intake.confirmedRequestType());
    }
    if (current.status() != CaseStatus.OPEN) {
      throw new CaseStateException("Case " + caseId + " is not open; intake outcome not recorded");
    }
    if (intake.continuesWithApplication()) {
      cases.updateStage(caseId, CaseStage.ELIGIBILITY);
      log.info("Case {} intake completed: application for bijstand follows", caseId);
      return IntakeNext.APPLICATION;
    }
    if (outcome == IntakeOutcome.PROCEED) {
      cases.updateStage(caseId, CaseStage.ASSESSMENT);
      log.info("Case {} intake completed: work support only, assessment follows", caseId);
      return IntakeNext.ASSESSMENT;
    }
    CaseOutcome closedWith = CaseOutcome.valueOf(outcome.name());
    caseLifecycle.close(caseId, closedWith);
    log.info("Case {} intake completed with outcome {}", caseId, outcome);
    return IntakeNext.CLOSED;
  }

  /**
   * A new melding for the client of an ended case (e.g. the job was lost after aftercare), linked to
   * that case; the client is taken in again from the intake.
   */
  public CaseRecord registerFollowUp(String previousCaseId, IntakeChannel channel, String registeredBy) {
    CaseRecord previous = cases.find(previousCaseId).orElseThrow(() -> new CaseNotFoundException(previousCaseId));
    Bsn bsn = cases.bsnOf(previousCaseId).orElseThrow(() -> new CaseNotFoundException(previousCaseId));
    CaseRecord followUp = register(new MeldingInput(bsn.value(), LocalDate.now(clock).toString(),
        previous.requestType().name(), channel.name()), registeredBy);
    cases.linkPreviousCase(followUp.caseId(), previousCaseId);
    log.info("Case {} registered as follow-up of case {}", followUp.caseId(), previousCaseId);
    return followUp;
  }

  private CaseRecord insert(Melding melding, String registeredBy) {
    cases.findOpenCaseId(melding.bsn()).ifPresent(existing -> {
      throw new OpenCaseExistsException(existing);
    });
    String caseId = cases.nextCaseId(LocalDate.now(clock).getYear());
    cases.insert(caseId, melding, registeredBy, clock.instant());
    return cases.find(caseId).orElseThrow();
  }
}
