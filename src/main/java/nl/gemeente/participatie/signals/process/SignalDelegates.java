package nl.gemeente.participatie.signals.process;

import static nl.gemeente.participatie.signals.process.SignalVariables.RECOMPUTATION;
import static nl.gemeente.participatie.signals.process.SignalVariables.RECOMPUTATION_DECISION;
import static nl.gemeente.participatie.signals.process.SignalVariables.RECOMPUTATION_SUMMARY;
import static nl.gemeente.participatie.signals.process.SignalVariables.SIGNAL_CHECK;
import static nl.gemeente.participatie.signals.process.SignalVariables.SIGNAL_ID;
import static nl.gemeente.participatie.signals.process.SignalVariables.SIGNAL_OUTCOME;
import static nl.gemeente.participatie.signals.process.SignalVariables.SIGNAL_SUMMARY;
import static nl.gemeente.participatie.signals.process.SignalVariables.SUSPENSION_INFORMATION;
import static nl.gemeente.participatie.signals.process.SignalVariables.WITHDRAWAL;
import static nl.gemeente.participatie.signals.process.SignalVariables.WITHDRAWAL_APPROVAL;
import static nl.gemeente.participatie.signals.process.SignalVariables.WITHDRAWAL_APPROVED;
import static nl.gemeente.participatie.signals.process.SignalVariables.WITHDRAWAL_DECISION;
import static nl.gemeente.participatie.signals.process.SignalVariables.WITHDRAWAL_REMARK;
import static nl.gemeente.participatie.signals.process.SignalVariables.WITHDRAWAL_SUMMARY;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.CASE_RESULT;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

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

  private SignalDelegates() {}

  /** The signal this check is about, checked to belong to the case (the business key). */
  static String signalId(DelegateExecution execution, SignalService signals) {
    return signals.signalOfCase(CaseKey.of(execution), SIGNAL_ID.from(execution).getOrNull());
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
      moveIntoCheck(execution, SIGNAL_ID);
      moveIntoCheck(execution, SIGNAL_SUMMARY);
    }

    private static <T> void moveIntoCheck(DelegateExecution execution, VariableFactory<T> variable) {
      T value = variable.from(execution.getProcessInstance()).getLocalOrNull();
      variable.on(execution).setLocal(value);
      variable.on(execution.getProcessInstance()).removeLocal();
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
      SignalService.Check check = json.read(execution, SIGNAL_CHECK).orElse(null);
      try {
        SIGNAL_OUTCOME.on(execution).setLocal(signals.recordCheck(signalId(execution, signals), check, CurrentUser.of(execution)).name());
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      json.remove(execution, SIGNAL_CHECK);
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
      RECOMPUTATION_SUMMARY.on(execution).setLocal(summary);
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
      Recomputation form = json.read(execution, RECOMPUTATION).orElse(null);
      String decided;
      try {
        CaseOutcome result = form == null || form.caseResult() == null || form.caseResult().isBlank()
            ? null : CaseOutcome.valueOf(form.caseResult());
        decided = signals.recordRecomputationDecision(signalId(execution, signals), form == null ? null
            : new SignalService.RecomputationDecision(form.decision(), form.monthlyAmount(), form.effectiveDate(), result,
                form.reasons()), CurrentUser.of(execution));
        if ("END".equals(decided)) {
          CASE_RESULT.on(CaseMapInstance.of(execution)).set(result.name());
        }
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage() == null || e.getMessage().startsWith("No enum")
            ? "Kies een geldig resultaat." : e.getMessage());
      }
      json.remove(execution, RECOMPUTATION);
      // The review is over: its summary would only go stale on the case (it is kept with the signal).
      RECOMPUTATION_SUMMARY.on(execution).remove();
      RECOMPUTATION_DECISION.on(execution).setLocal(decided);
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
      Decision decision = "END".equals(RECOMPUTATION_DECISION.from(execution).getOrNull())
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
      SuspensionInformation form = json.read(execution, SUSPENSION_INFORMATION).orElse(null);
      signals.recordInformationReceived(signalId(execution, signals), form == null ? null : form.note(), CurrentUser.of(execution));
      json.remove(execution, SUSPENSION_INFORMATION);
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
      Withdrawal form = json.read(execution, WITHDRAWAL).orElse(new Withdrawal(null, null));
      boolean withdraw;
      try {
        withdraw = signals.recordWithdrawalDecision(signalId(execution, signals), form.decision(), form.reasons(),
            CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      json.remove(execution, WITHDRAWAL);
      WITHDRAWAL_REMARK.on(execution).remove();
      WITHDRAWAL_DECISION.on(execution).setLocal(withdraw ? "WITHDRAW" : "RESUME");
      if (withdraw) {
        // The case result is set once a second person approved (RecordWithdrawalApproval).
        WITHDRAWAL_SUMMARY.on(execution).setLocal("**Besluit van de klantmanager:** uitkering intrekken met"
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
      WithdrawalApproval form = json.read(execution, WITHDRAWAL_APPROVAL)
          .filter(a -> "APPROVE".equals(a.verdict()) || "REJECT".equals(a.verdict()))
          .orElseThrow(() -> FormRejection.of("Kies: goedkeuren of terugsturen."));
      boolean approved;
      try {
        approved = signals.recordWithdrawalApproval(signalId(execution, signals), "APPROVE".equals(form.verdict()),
            form.remark(), CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      json.remove(execution, WITHDRAWAL_APPROVAL);
      WITHDRAWAL_APPROVED.on(execution).setLocal(approved);
      if (approved) {
        WITHDRAWAL_SUMMARY.on(execution).remove();
        CASE_RESULT.on(CaseMapInstance.of(execution)).set(CaseOutcome.BENEFIT_WITHDRAWN.name());
      } else {
        WITHDRAWAL_REMARK.on(execution).setLocal("**Teruggestuurd door de teamleider:** " + form.remark());
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
