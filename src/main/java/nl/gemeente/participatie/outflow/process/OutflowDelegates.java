package nl.gemeente.participatie.outflow.process;

import static nl.gemeente.participatie.outflow.process.CamundaOutflowProcess.jobStartId;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_AFTERCARE_CONTACT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_AFTERCARE_MOMENT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_CASE_RESULT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_EXEMPTION_RUNS;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_JOB_LOST;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_LAST_WORKING_DAY;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_OUTFLOW_NEXT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_OUTFLOW_RESULT;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_OUTFLOW_REVIEW;
import static nl.gemeente.participatie.outflow.process.OutflowToWorkProcess.VAR_OUTFLOW_SUMMARY;

import java.time.LocalDate;
import nl.gemeente.participatie.intake.CaseOutcome;
import nl.gemeente.participatie.intake.IntakeService;
import nl.gemeente.participatie.outflow.AftercareContact;
import nl.gemeente.participatie.outflow.JobStart;
import nl.gemeente.participatie.outflow.OutflowOutcome;
import nl.gemeente.participatie.outflow.OutflowResult;
import nl.gemeente.participatie.outflow.OutflowReview;
import nl.gemeente.participatie.outflow.OutflowService;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The steps of {@code outflowToWork} and of the case's outflow and end; each calls one use case. */
final class OutflowDelegates {


  private OutflowDelegates() {}

  /** "Dienstverband opvragen" (income gateway; retries, then an incident naming it and the case). */
  @Component("fetchEmployment")
  static class FetchEmployment implements JavaDelegate {
    private final OutflowService outflow;

    FetchEmployment(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      PartnerCall.forCase(execution.getProcessBusinessKey(), () -> outflow.fetchEmployment(jobStartId(execution)));
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
      String jobStartId = jobStartId(execution);
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
        decided = outflow.review(jobStartId(execution), review, CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      execution.removeVariable(VAR_OUTFLOW_REVIEW);
      if (decided == null) {
        execution.setVariable(VAR_OUTFLOW_NEXT, "CORRECTED");
        return;
      }
      execution.removeVariable(VAR_OUTFLOW_SUMMARY);
      JobStart jobStart = outflow.jobStart(jobStartId(execution));
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
      PartnerCall.forCase(execution.getProcessBusinessKey(), () -> outflow.registerBesluit(jobStartId(execution)));
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
      PartnerCall.forCase(execution.getProcessBusinessKey(), () -> outflow.adjustBenefit(jobStartId(execution)));
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
      outflow.endExemption(jobStartId(execution));
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
        lost = outflow.recordAftercare(jobStartId(execution), moment, contact, CurrentUser.of(execution));
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
      outflow.jobLost(jobStartId(execution), lastDay == null ? null : LocalDate.parse(lastDay.toString()));
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
      outflow.aftercareCompleted(jobStartId(execution));
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
      OutflowResult result = outflow.conclude(execution.getProcessBusinessKey());
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
      outflow.returnToAssessment(execution.getProcessBusinessKey());
    }
  }

  /** Purchase: "Baanstart doorgeven aan de zaak" when the end report says paid work. */
  @Component("reportJobStartFromEndReport")
  static class ReportJobStartFromEndReport implements JavaDelegate {
    private final OutflowService outflow;

    ReportJobStartFromEndReport(OutflowService outflow) {
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      outflow.reportFromEndReport((String) execution.getVariable("caseId"), (String) execution.getVariable("assignmentId"),
          CurrentUser.of(execution));
    }
  }

  /** Case: "Zaak afsluiten met resultaat": the result, its archive data and, for work, the figures. */
  @Component("closeCaseWithResult")
  static class CloseCaseWithResult implements JavaDelegate {
    private final IntakeService cases;
    private final OutflowService outflow;

    CloseCaseWithResult(IntakeService cases, OutflowService outflow) {
      this.cases = cases;
      this.outflow = outflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String caseId = execution.getProcessBusinessKey();
      CaseOutcome result = CaseOutcome.valueOf((String) execution.getVariable(VAR_CASE_RESULT));
      cases.close(caseId, result, result == CaseOutcome.OUTFLOW_TO_WORK ? outflow.figures(caseId) : null);
    }
  }
}
