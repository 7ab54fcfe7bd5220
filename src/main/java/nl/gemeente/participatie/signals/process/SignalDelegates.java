package nl.gemeente.participatie.signals.process;

import static nl.gemeente.participatie.signals.process.CamundaSignalProcess.VAR_SIGNAL_ID;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gemeente.participatie.eligibility.Decision;
import nl.gemeente.participatie.zaak.CaseOutcome;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.zaak.process.CaseMapInstance;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import nl.gemeente.participatie.signals.SignalService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The steps of event subprocess "Signaal beoordelen" in the case. Each check keeps its own state in
 * local variables of its subprocess (several signals can be checked side by side); the facts are in
 * {@code pw_signal}.
 */
final class SignalDelegates {

  static final String VAR_OUTCOME = "signalOutcome";
  static final String VAR_RECOMPUTATION_SUMMARY = "recomputationSummary";
  static final String VAR_RECOMPUTATION_DECISION = "recomputationDecision";
  static final String VAR_WITHDRAWAL_DECISION = "withdrawalDecision";
  static final String VAR_CASE_RESULT = "caseResult";
  /** Form "Intrekking goedkeuren (vier ogen)": JSON {verdict, remark}. */
  static final String VAR_WITHDRAWAL_APPROVAL = "withdrawalApproval";
  static final String VAR_WITHDRAWAL_APPROVED = "withdrawalApproved";
  /** What the team lead sees of the decision to withdraw (until approved). */
  static final String VAR_WITHDRAWAL_SUMMARY = "withdrawalSummary";
  /** Why the team lead sent the withdrawal back, shown to the caseworker (until decided again). */
  static final String VAR_WITHDRAWAL_REMARK = "withdrawalRemark";

  private SignalDelegates() {}

  /** The signal this check is about, checked to belong to the case (the business key). */
  static String signalId(DelegateExecution execution, SignalService signals) {
    return signals.signalOfCase(CaseKey.of(execution), (String) execution.getVariable(VAR_SIGNAL_ID));
  }

  /** Form data of the tasks. */
  record SuspensionInformation(String note) {}

  record Withdrawal(String decision, String reasons) {}

  record WithdrawalApproval(String verdict, String remark) {}

  record Recomputation(String decision, BigDecimal monthlyAmount, LocalDate effectiveDate, String caseResult,
      String reasons) {}

  /** "Signaal klaarzetten": the signal's id and summary move into this check's own scope. */
  @Component("openSignalCheck")
  static class OpenSignalCheck implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      for (String name : new String[] {VAR_SIGNAL_ID, CamundaSignalProcess.VAR_SIGNAL_SUMMARY}) {
        Object value = execution.getProcessInstance().getVariableLocal(name);
        execution.setVariableLocal(name, value);
        execution.getProcessInstance().removeVariableLocal(name);
      }
    }
  }

  /** "Beoordeling signaal vastleggen". */
  @Component("recordSignalCheck")
  static class RecordSignalCheck implements JavaDelegate {
    private final SignalService signals;
    private final JsonVariables json;

    RecordSignalCheck(SignalService signals, JsonVariables json) {
      this.signals = signals;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      SignalService.Check check = json.read(execution, "signalCheck", SignalService.Check.class).orElse(null);
      try {
        execution.setVariableLocal(VAR_OUTCOME, signals.recordCheck(signalId(execution, signals), check, CurrentUser.of(execution)).name());
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      execution.removeVariable("signalCheck");
    }
  }

  /** "Recht opnieuw toetsen" (BRP and income again; retries, then an incident naming the partner and case). */
  @Component("recomputeEligibility")
  static class RecomputeEligibility implements JavaDelegate {
    private final SignalService signals;

    RecomputeEligibility(SignalService signals) {
      this.signals = signals;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String summary = PartnerCall.forCase(CaseKey.of(execution), () -> signals.recompute(signalId(execution, signals)));
      execution.setVariableLocal(VAR_RECOMPUTATION_SUMMARY, summary);
    }
  }

  /** "Herberekening vastleggen". */
  @Component("recordRecomputation")
  static class RecordRecomputation implements JavaDelegate {
    private final SignalService signals;
    private final JsonVariables json;

    RecordRecomputation(SignalService signals, JsonVariables json) {
      this.signals = signals;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Recomputation form = json.read(execution, "recomputation", Recomputation.class).orElse(null);
      String decided;
      try {
        CaseOutcome result = form == null || form.caseResult() == null || form.caseResult().isBlank()
            ? null : CaseOutcome.valueOf(form.caseResult());
        decided = signals.recordRecomputationDecision(signalId(execution, signals), form == null ? null
            : new SignalService.RecomputationDecision(form.decision(), form.monthlyAmount(), form.effectiveDate(), result,
                form.reasons()), CurrentUser.of(execution));
        if ("END".equals(decided)) {
          CaseMapInstance.of(execution).setVariable(VAR_CASE_RESULT, result.name());
        }
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage() == null || e.getMessage().startsWith("No enum")
            ? "Kies een geldig resultaat." : e.getMessage());
      }
      execution.removeVariable("recomputation");
      execution.setVariableLocal(VAR_RECOMPUTATION_DECISION, decided);
    }
  }

  /** "Besluit registreren in ZGW" after a recomputation: wijziging or beëindiging. */
  @Component("registerSignalBesluit")
  static class RegisterSignalBesluit implements JavaDelegate {
    private final SignalService signals;

    RegisterSignalBesluit(SignalService signals) {
      this.signals = signals;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Decision decision = "END".equals(execution.getVariable(VAR_RECOMPUTATION_DECISION))
          ? Decision.END_BENEFIT : Decision.CHANGE_BENEFIT;
      PartnerCall.forCase(CaseKey.of(execution), () -> signals.registerBesluit(signalId(execution, signals), decision));
    }
  }

  /** "Uitkering aanpassen of beëindigen" after a recomputation. */
  @Component("adjustBenefitAfterSignal")
  static class AdjustBenefitAfterSignal implements JavaDelegate {
    private final SignalService signals;

    AdjustBenefitAfterSignal(SignalService signals) {
      this.signals = signals;
    }

    @Override
    public void execute(DelegateExecution execution) {
      PartnerCall.forCase(CaseKey.of(execution), () -> signals.adjustBenefit(signalId(execution, signals)));
    }
  }

  /** "Uitkering opschorten" (art. 54 lid 2). */
  @Component("suspendBenefit")
  static class SuspendBenefit implements JavaDelegate {
    private final SignalService signals;

    SuspendBenefit(SignalService signals) {
      this.signals = signals;
    }

    @Override
    public void execute(DelegateExecution execution) {
      PartnerCall.forCase(CaseKey.of(execution), () -> signals.suspend(signalId(execution, signals)));
    }
  }

  /** "Ontvangst gegevens vastleggen". */
  @Component("recordInformationReceived")
  static class RecordInformationReceived implements JavaDelegate {
    private final SignalService signals;
    private final JsonVariables json;

    RecordInformationReceived(SignalService signals, JsonVariables json) {
      this.signals = signals;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      SuspensionInformation form = json.read(execution, "suspensionInformation", SuspensionInformation.class).orElse(null);
      signals.recordInformationReceived(signalId(execution, signals), form == null ? null : form.note(), CurrentUser.of(execution));
      execution.removeVariable("suspensionInformation");
    }
  }

  /** "Uitkering hervatten". */
  @Component("resumeBenefit")
  static class ResumeBenefit implements JavaDelegate {
    private final SignalService signals;

    ResumeBenefit(SignalService signals) {
      this.signals = signals;
    }

    @Override
    public void execute(DelegateExecution execution) {
      PartnerCall.forCase(CaseKey.of(execution), () -> signals.resume(signalId(execution, signals)));
    }
  }

  /** "Besluit over intrekking vastleggen". */
  @Component("recordWithdrawalDecision")
  static class RecordWithdrawalDecision implements JavaDelegate {
    private final SignalService signals;
    private final JsonVariables json;

    RecordWithdrawalDecision(SignalService signals, JsonVariables json) {
      this.signals = signals;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Withdrawal form = json.read(execution, "withdrawal", Withdrawal.class).orElse(new Withdrawal(null, null));
      boolean withdraw;
      try {
        withdraw = signals.recordWithdrawalDecision(signalId(execution, signals), form.decision(), form.reasons(),
            CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      execution.removeVariable("withdrawal");
      execution.removeVariable(VAR_WITHDRAWAL_REMARK);
      execution.setVariableLocal(VAR_WITHDRAWAL_DECISION, withdraw ? "WITHDRAW" : "RESUME");
      if (withdraw) {
        // The case result is set once a second person approved (RecordWithdrawalApproval).
        execution.setVariableLocal(VAR_WITHDRAWAL_SUMMARY, "**Besluit van de klantmanager:** uitkering intrekken met"
            + " ingang van de opschorting (art. 54 lid 4).\n\n**Motivering:** " + form.reasons());
      }
    }
  }

  /** "Goedkeuring intrekking vastleggen": the team lead's second look (four eyes) at a withdrawal. */
  @Component("recordWithdrawalApproval")
  static class RecordWithdrawalApproval implements JavaDelegate {
    private final SignalService signals;
    private final JsonVariables json;

    RecordWithdrawalApproval(SignalService signals, JsonVariables json) {
      this.signals = signals;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      WithdrawalApproval form = json.read(execution, VAR_WITHDRAWAL_APPROVAL, WithdrawalApproval.class)
          .filter(a -> "APPROVE".equals(a.verdict()) || "REJECT".equals(a.verdict()))
          .orElseThrow(() -> FormRejection.of("Kies: goedkeuren of terugsturen."));
      boolean approved;
      try {
        approved = signals.recordWithdrawalApproval(signalId(execution, signals), "APPROVE".equals(form.verdict()),
            form.remark(), CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      execution.removeVariable(VAR_WITHDRAWAL_APPROVAL);
      execution.setVariableLocal(VAR_WITHDRAWAL_APPROVED, approved);
      if (approved) {
        execution.removeVariable(VAR_WITHDRAWAL_SUMMARY);
        CaseMapInstance.of(execution).setVariable(VAR_CASE_RESULT, CaseOutcome.BENEFIT_WITHDRAWN.name());
      } else {
        execution.setVariableLocal(VAR_WITHDRAWAL_REMARK, "**Teruggestuurd door de teamleider:** " + form.remark());
      }
    }
  }

  /** "Uitkering intrekken" (art. 54 lid 4). */
  @Component("withdrawBenefit")
  static class WithdrawBenefit implements JavaDelegate {
    private final SignalService signals;

    WithdrawBenefit(SignalService signals) {
      this.signals = signals;
    }

    @Override
    public void execute(DelegateExecution execution) {
      PartnerCall.forCase(CaseKey.of(execution), () -> signals.withdraw(signalId(execution, signals)));
    }
  }
}
