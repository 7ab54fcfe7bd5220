package nl.gemeente.participatie.trajectory.process;

import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.VAR_ASSIGNMENT_ID;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.VAR_BUDGET_DECISION;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.VAR_BUDGET_RESERVED;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.VAR_CANDIDATES;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.VAR_CANDIDATE_COUNT;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.VAR_CANDIDATE_INDEX;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.VAR_RESERVATION_ID;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.VAR_TRAJECTORY_TYPE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import nl.gemeente.participatie.trajectory.AssignmentService;
import nl.gemeente.participatie.trajectory.BudgetLedger;
import nl.gemeente.participatie.trajectory.ProviderSelection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** The steps of {@code trajectoryPurchase}; each delegate reads a few variables and calls one use case. */
final class PurchaseDelegates {

  private PurchaseDelegates() {}

  /** The case: the business key, which the call activity passes on (never a variable). */
  static String caseId(DelegateExecution execution) {
    return CaseKey.of(execution);
  }

  static List<ProviderSelection.Candidate> candidates(DelegateExecution execution, JsonVariables json) {
    return json.read(execution, VAR_CANDIDATES, ProviderSelection.Candidate[].class).map(Arrays::asList).orElse(List.of());
  }

  /** "Partners kiezen". */
  @Component("selectProviders")
  static class SelectProviders implements JavaDelegate {
    private final ProviderSelection selection;
    private final JsonVariables json;

    SelectProviders(ProviderSelection selection, JsonVariables json) {
      this.selection = selection;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      List<ProviderSelection.Candidate> candidates =
          selection.candidates(caseId(execution), (String) execution.getVariable(VAR_TRAJECTORY_TYPE));
      execution.setVariable(VAR_CANDIDATES, SpinValues.jsonValue(json.write(candidates)).create());
      execution.setVariable(VAR_CANDIDATE_INDEX, 0);
      execution.setVariable(VAR_CANDIDATE_COUNT, candidates.size());
    }
  }

  /** "Budget reserveren": the highest price ceiling among the candidates, so any of them can be assigned. */
  @Component("reserveBudget")
  static class ReserveBudget implements JavaDelegate {
    private final BudgetLedger ledger;
    private final JsonVariables json;
    private final Clock clock;

    ReserveBudget(BudgetLedger ledger, JsonVariables json, Clock clock) {
      this.ledger = ledger;
      this.json = json;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      var amount = BudgetLedger.amountToReserve(candidates(execution, json));
      if (amount.isEmpty()) {
        execution.setVariable(VAR_BUDGET_RESERVED, true);
        return;
      }
      BudgetLedger.Outcome outcome = ledger.reserve(caseId(execution), LocalDate.now(clock).getYear(),
          (String) execution.getVariable(VAR_TRAJECTORY_TYPE), amount.get());
      if (outcome instanceof BudgetLedger.Reserved reserved) {
        execution.setVariable(VAR_RESERVATION_ID, reserved.reservationId());
      }
      execution.setVariable(VAR_BUDGET_RESERVED, outcome instanceof BudgetLedger.Reserved);
    }
  }

  /** "Budgetbesluit vastleggen": the team lead approves the overrun, or the client waits. */
  @Component("recordBudgetDecision")
  static class RecordBudgetDecision implements JavaDelegate {
    record BudgetDecision(String choice, String reason) {}

    private final BudgetLedger ledger;
    private final JsonVariables json;
    private final Clock clock;

    RecordBudgetDecision(BudgetLedger ledger, JsonVariables json, Clock clock) {
      this.ledger = ledger;
      this.json = json;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      BudgetDecision decision = json.read(execution, VAR_BUDGET_DECISION, BudgetDecision.class)
          .orElse(new BudgetDecision(null, null));
      java.util.Optional<BudgetLedger.Reserved> reserved;
      try {
        reserved = ledger.decideShortfall(caseId(execution), LocalDate.now(clock).getYear(),
            (String) execution.getVariable(VAR_TRAJECTORY_TYPE),
            BudgetLedger.amountToReserve(candidates(execution, json)).orElseThrow(), decision.choice(),
            decision.reason(), CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      reserved.ifPresent(r -> execution.setVariable(VAR_RESERVATION_ID, r.reservationId()));
      execution.setVariable(VAR_BUDGET_RESERVED, reserved.isPresent());
    }
  }

  /** "Opdracht aanbieden" to the next partner in order of preference (async, partner retry cycle). */
  @Component("offerAssignment")
  static class OfferAssignment implements JavaDelegate {
    private final AssignmentService assignments;
    private final JsonVariables json;

    OfferAssignment(AssignmentService assignments, JsonVariables json) {
      this.assignments = assignments;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String caseId = caseId(execution);
      ProviderSelection.Candidate candidate = candidates(execution, json).get((Integer) execution.getVariable(VAR_CANDIDATE_INDEX));
      execution.setVariable(VAR_ASSIGNMENT_ID, PartnerCall.forCase(caseId, () -> assignments.offer(caseId,
          candidate.partnerId(), (String) execution.getVariable(VAR_TRAJECTORY_TYPE), candidate.priceCeiling())));
    }
  }

  /** "Opdracht laten vervallen": no answer in time. */
  @Component("expireAssignment")
  static class ExpireAssignment implements JavaDelegate {
    private final AssignmentService assignments;

    ExpireAssignment(AssignmentService assignments) {
      this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
      assignments.expire(assignments.ofCase(caseId(execution), (String) execution.getVariable(VAR_ASSIGNMENT_ID)).assignmentId());
    }
  }

  /** "Volgende partner". */
  @Component("tryNextPartner")
  static class TryNextPartner implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(VAR_CANDIDATE_INDEX, (Integer) execution.getVariable(VAR_CANDIDATE_INDEX) + 1);
    }
  }

  /** "Reservering vrijgeven": no partner took the assignment; the money is free again. */
  @Component("releaseBudget")
  static class ReleaseBudget implements JavaDelegate {
    private final BudgetLedger ledger;

    ReleaseBudget(BudgetLedger ledger) {
      this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String reservationId = (String) execution.getVariable(VAR_RESERVATION_ID);
      if (reservationId != null) {
        ledger.release(ledger.reservationOfCase(caseId(execution), reservationId));
      }
    }
  }
}
