package nl.gemeente.participatie.outflow.process;

import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_AFTERCARE_CONTACT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_AFTERCARE_MOMENT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_CASE_RESULT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_EXEMPTION_RUNS;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_JOB_LOST;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_JOB_START_ID;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_PLACED;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_LAST_WORKING_DAY;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_OUTFLOW_NEXT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_OUTFLOW_RESULT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_OUTFLOW_REVIEW;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_OUTFLOW_SUMMARY;

import java.time.LocalDate;
import nl.gemeente.participatie.zaak.CaseOutcome;
import nl.gemeente.participatie.zaak.CaseLifecycle;
import nl.gemeente.participatie.outflow.AftercareContact;
import nl.gemeente.participatie.outflow.JobStart;
import nl.gemeente.participatie.outflow.JobStartReport;
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
      execution.setVariable(VAR_OUTFLOW_SUMMARY, OutflowSummary.of(outflow.jobStart(jobStartId), proposal));
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
      OutflowReview review = json.read(execution, VAR_OUTFLOW_REVIEW, OutflowReview.class)
          .orElseThrow(() -> FormRejection.of("Het formulier is leeg."));
      OutflowOutcome decided;
      try {
        decided = outflow.review(jobStartId(execution, outflow), review, CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      execution.removeVariable(VAR_OUTFLOW_REVIEW);
      if (decided == null) {
        execution.setVariable(VAR_OUTFLOW_NEXT, "CORRECTED");
        return;
      }
      execution.removeVariable(VAR_OUTFLOW_SUMMARY);
      JobStart jobStart = outflow.jobStart(jobStartId(execution, outflow));
      execution.setVariable(VAR_OUTFLOW_NEXT, decided == OutflowOutcome.NO_BENEFIT ? "NO_BENEFIT" : "BESLUIT");
      execution.setVariable(VAR_EXEMPTION_RUNS, jobStart.exemptionUntil() != null);
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
      AftercareContact contact = json.read(execution, VAR_AFTERCARE_CONTACT, AftercareContact.class).orElse(null);
      int moment = ((Number) execution.getVariable(VAR_AFTERCARE_MOMENT)).intValue();
      boolean lost;
      try {
        lost = outflow.recordAftercare(jobStartId(execution, outflow), moment, contact, CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      execution.removeVariable(VAR_AFTERCARE_CONTACT);
      // On the process instance: the multi-instance's completion condition reads it.
      execution.getProcessInstance().setVariable(VAR_JOB_LOST, lost);
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
      Object lastDay = execution.getVariable(VAR_LAST_WORKING_DAY);
      outflow.jobLost(jobStartId(execution, outflow), lastDay == null ? null : LocalDate.parse(lastDay.toString()));
      execution.setVariable(VAR_JOB_LOST, true);
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
      execution.setVariable(VAR_OUTFLOW_RESULT, result.name());
      if (result == OutflowResult.OUTFLOW) {
        execution.setVariable(VAR_CASE_RESULT, CaseOutcome.OUTFLOW_TO_WORK.name());
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
      String assignmentId = assignments.ofCase(caseId, (String) execution.getVariable(PurchaseProcess.VAR_ASSIGNMENT_ID))
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
      Mediation mediation = json.read(execution, "mediation", Mediation.class).orElse(null);
      boolean placed = mediation != null && Boolean.TRUE.equals(mediation.placed());
      if (placed) {
        LocalDate start = mediation.jobStartDate();
        if (start == null) {
          throw FormRejection.of("Vul de startdatum van de baan in.");
        }
        if (start.isAfter(LocalDate.now(clock).plusDays(92))) {
          throw FormRejection.of("Een baan die meer dan 92 dagen na vandaag begint, meldt u later.");
        }
        if (mediation.hoursPerWeek() != null && (mediation.hoursPerWeek().signum() <= 0
            || mediation.hoursPerWeek().compareTo(java.math.BigDecimal.valueOf(60)) > 0)) {
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
        CaseMapInstance.of(execution).setVariable(VAR_JOB_START_ID, reported.jobStartId());
      }
      execution.setVariable(VAR_PLACED, placed);
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
      CaseOutcome result = CaseOutcome.valueOf((String) execution.getVariable(VAR_CASE_RESULT));
      if (result == CaseOutcome.BENEFIT_WITHDRAWN) {
        signals.requireApprovedWithdrawal(caseId);
      }
      cases.close(caseId, result, result == CaseOutcome.OUTFLOW_TO_WORK ? outflow.figures(caseId) : null);
    }
  }
}
