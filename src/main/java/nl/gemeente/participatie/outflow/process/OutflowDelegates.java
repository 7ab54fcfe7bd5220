package nl.gemeente.participatie.outflow.process;

import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.AFTERCARE_CONTACT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.AFTERCARE_MOMENT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.EXEMPTION_RUNS;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.JOB_LOST;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.JOB_START_ID;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.MEDIATION;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.PLACED;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.LAST_WORKING_DAY;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.OUTFLOW_NEXT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.OUTFLOW_RESULT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.OUTFLOW_REVIEW;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.OUTFLOW_SUMMARY;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.CASE_RESULT;

import java.time.LocalDate;
import nl.gemeente.participatie.zaak.CaseOutcome;
import nl.gemeente.participatie.zaak.CaseLifecycle;
import nl.gemeente.participatie.outflow.AftercareContact;
import nl.gemeente.participatie.outflow.JobStart;
import nl.gemeente.participatie.outflow.JobStartReport;
import nl.gemeente.participatie.outflow.JobStartRules;
import nl.gemeente.participatie.outflow.OutflowOutcome;
import nl.gemeente.participatie.outflow.OutflowResult;
import nl.gemeente.participatie.outflow.OutflowReview;
import nl.gemeente.participatie.outflow.OutflowService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.zaak.process.CaseMapInstance;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import nl.gemeente.participatie.signals.SignalService;
import nl.gemeente.participatie.trajectory.AssignmentService;
import nl.gemeente.participatie.trajectory.process.PurchaseProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The steps of {@code outflowToWork} and of the case's outflow and end; each calls one use case. */
final class OutflowDelegates {


  private OutflowDelegates() {}

  /** The job start this outflow is about, checked to belong to the case (the business key). */
  static String jobStartId(DelegateExecution execution, OutflowService outflow) {
    return outflow.jobStartOfCase(CaseKey.of(execution), CamundaOutflowProcess.jobStartId(execution));
  }

  /** "Dienstverband opvragen" (income gateway; retries, then an incident naming it and the case). */
  @Component("fetchEmployment")
  static class FetchEmployment implements JavaDelegate {
    private final OutflowService outflow;

    FetchEmployment(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      PartnerCall.forCase(CaseKey.of(execution), () -> outflow.fetchEmployment(jobStartId(execution, outflow)));
    }
  }

  /** "Uitstroom toetsen": decision outflowDecision. */
  @Component("proposeOutflow")
  static class ProposeOutflow implements JavaDelegate {
    private final OutflowService outflow;

    ProposeOutflow(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String jobStartId = jobStartId(execution, outflow);
      var proposal = outflow.propose(jobStartId);
      OUTFLOW_SUMMARY.on(execution).set(OutflowSummary.of(outflow.jobStart(jobStartId), proposal));
    }
  }

  /** "Beoordeling uitstroom vastleggen": a confirmation decides, a correction goes back to the rules. */
  @Component("recordOutflowReview")
  static class RecordOutflowReview implements JavaDelegate {
    private final OutflowService outflow;
    private final JsonVariables json;

    RecordOutflowReview(OutflowService outflow, JsonVariables json) {
      this.outflow = outflow;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      OutflowReview review = json.read(execution, OUTFLOW_REVIEW)
          .orElseThrow(() -> FormRejection.of("Het formulier is leeg."));
      OutflowOutcome decided;
      try {
        decided = outflow.review(jobStartId(execution, outflow), review, CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      json.remove(execution, OUTFLOW_REVIEW);
      if (decided == null) {
        OUTFLOW_NEXT.on(execution).set("CORRECTED");
        return;
      }
      OUTFLOW_SUMMARY.on(execution).remove();
      JobStart jobStart = outflow.jobStart(jobStartId(execution, outflow));
      OUTFLOW_NEXT.on(execution).set(decided == OutflowOutcome.NO_BENEFIT ? "NO_BENEFIT" : "BESLUIT");
      EXEMPTION_RUNS.on(execution).set(jobStart.exemptionUntil() != null);
    }
  }

  /** "Besluit registreren in ZGW". */
  @Component("registerOutflowBesluit")
  static class RegisterOutflowBesluit implements JavaDelegate {
    private final OutflowService outflow;

    RegisterOutflowBesluit(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      PartnerCall.forCase(CaseKey.of(execution), () -> outflow.registerBesluit(jobStartId(execution, outflow)));
    }
  }

  /** "Uitkering beëindigen of wijzigen". */
  @Component("adjustBenefit")
  static class AdjustBenefit implements JavaDelegate {
    private final OutflowService outflow;

    AdjustBenefit(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      PartnerCall.forCase(CaseKey.of(execution), () -> outflow.adjustBenefit(jobStartId(execution, outflow)));
    }
  }

  /** "Vrijlating beëindigen": its months are over; the rules propose again without it. */
  @Component("endExemption")
  static class EndExemption implements JavaDelegate {
    private final OutflowService outflow;

    EndExemption(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      outflow.endExemption(jobStartId(execution, outflow));
    }
  }

  /** "Nazorgcontact vastleggen". */
  @Component("recordAftercareContact")
  static class RecordAftercareContact implements JavaDelegate {
    private final OutflowService outflow;
    private final JsonVariables json;

    RecordAftercareContact(OutflowService outflow, JsonVariables json) {
      this.outflow = outflow;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      AftercareContact contact = json.read(execution, AFTERCARE_CONTACT).orElse(null);
      int moment = AFTERCARE_MOMENT.from(execution).get();
      boolean lost;
      try {
        lost = outflow.recordAftercare(jobStartId(execution, outflow), moment, contact, CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      json.remove(execution, AFTERCARE_CONTACT);
      // On the process instance: the multi-instance's completion condition reads it.
      JOB_LOST.on(execution.getProcessInstance()).set(lost);
    }
  }

  /** "Baanverlies vastleggen": a lost job reported between contacts (message JobLost). */
  @Component("recordJobLost")
  static class RecordJobLost implements JavaDelegate {
    private final OutflowService outflow;

    RecordJobLost(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String lastDay = LAST_WORKING_DAY.from(execution).getOrNull();
      outflow.jobLost(jobStartId(execution, outflow), lastDay == null ? null : LocalDate.parse(lastDay));
      JOB_LOST.on(execution).set(true);
    }
  }

  /** "Nazorg afronden": the client still works after the last contact. */
  @Component("completeAftercare")
  static class CompleteAftercare implements JavaDelegate {
    private final OutflowService outflow;

    CompleteAftercare(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      outflow.aftercareCompleted(jobStartId(execution, outflow));
    }
  }

  /** Case: "Uitstroom afronden": back to assessment, end with outflow to work, or go on with a supplement. */
  @Component("concludeOutflow")
  static class ConcludeOutflow implements JavaDelegate {
    private final OutflowService outflow;

    ConcludeOutflow(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      OutflowResult result = outflow.conclude(CaseKey.of(execution));
      OUTFLOW_RESULT.on(execution).set(result.name());
      if (result == OutflowResult.OUTFLOW) {
        CASE_RESULT.on(execution).set(CaseOutcome.OUTFLOW_TO_WORK.name());
      }
    }
  }

  /** Case: "Terug naar beoordeling" after a lost job; the plan revision follows (escalation). */
  @Component("returnToAssessment")
  static class ReturnToAssessment implements JavaDelegate {
    private final OutflowService outflow;

    ReturnToAssessment(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      outflow.returnToAssessment(CaseKey.of(execution));
    }
  }

  /** Purchase: "Baanstart doorgeven aan de zaak" when the end report says paid work. */
  @Component("reportJobStartFromEndReport")
  static class ReportJobStartFromEndReport implements JavaDelegate {
    private final OutflowService outflow;
    private final AssignmentService assignments;

    ReportJobStartFromEndReport(OutflowService outflow, AssignmentService assignments) {
      this.outflow = outflow;
      this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String caseId = CaseKey.of(execution);
      String assignmentId = assignments.ofCase(caseId, PurchaseProcess.ASSIGNMENT_ID.from(execution).getOrNull())
          .assignmentId();
      outflow.reportFromEndReport(caseId, assignmentId, CurrentUser.of(execution));
    }
  }

  /** What the employer-services team records in "Bemiddelen naar vacature". */
  record Mediation(String result, Boolean placed, LocalDate jobStartDate, java.math.BigDecimal hoursPerWeek) {}

  /**
   * Case: "Bemiddeling vastleggen": a placement is a job start (source employer services); the case's
   * flow then throws JOB_STARTED and the outflow begins.
   */
  @Component("recordMediation")
  static class RecordMediation implements JavaDelegate {
    private final OutflowService outflow;
    private final JsonVariables json;
    private final java.time.Clock clock;

    RecordMediation(OutflowService outflow, JsonVariables json, java.time.Clock clock) {
      this.outflow = outflow;
      this.json = json;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Mediation mediation = json.read(execution, MEDIATION).orElse(null);
      boolean placed = mediation != null && Boolean.TRUE.equals(mediation.placed());
      if (placed) {
        LocalDate start = mediation.jobStartDate();
        if (start == null) {
          throw FormRejection.of("Vul de startdatum van de baan in.");
        }
        if (JobStartRules.startsTooFarAhead(start, LocalDate.now(clock))) {
          throw FormRejection.of("Een baan die meer dan " + JobStartRules.MAX_DAYS_AHEAD
              + " dagen na vandaag begint, meldt u later.");
        }
        if (!JobStartRules.hoursPerWeekPossible(mediation.hoursPerWeek())) {
          throw FormRejection.of("Vul een aantal uren per week van meer dan 0 tot en met 60 in.");
        }
        OutflowService.Reported reported;
        try {
          reported = outflow.registerPlacement(CaseKey.of(execution),
              new JobStartReport(start, mediation.hoursPerWeek(), false, false), CurrentUser.of(execution));
        } catch (OutflowService.InvalidJobStartException e) {
          throw FormRejection.of("De startdatum ligt voor de melding van de zaak.");
        } catch (OutflowService.OutflowNotPossibleException e) {
          throw FormRejection.of("Voor deze klant loopt al een uitstroom naar werk; meld de baan bij de klantmanager.");
        }
        placed = !reported.alreadyReported();
        JOB_START_ID.on(CaseMapInstance.of(execution)).set(reported.jobStartId());
      }
      PLACED.on(execution).set(placed);
    }
  }

  /** Case: "Zaak afsluiten met resultaat": the result, its archive data and, for work, the figures. */
  @Component("closeCaseWithResult")
  static class CloseCaseWithResult implements JavaDelegate {
    private final CaseLifecycle cases;
    private final OutflowService outflow;
    private final SignalService signals;

    CloseCaseWithResult(CaseLifecycle cases, OutflowService outflow, SignalService signals) {
      this.cases = cases;
      this.outflow = outflow;
      this.signals = signals;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String caseId = CaseKey.of(execution);
      CaseOutcome result = CaseOutcome.valueOf(CASE_RESULT.from(execution).get());
      if (result == CaseOutcome.BENEFIT_WITHDRAWN) {
        signals.requireApprovedWithdrawal(caseId);
      }
      cases.close(caseId, result, result == CaseOutcome.OUTFLOW_TO_WORK ? outflow.figures(caseId) : null);
    }
  }
}
