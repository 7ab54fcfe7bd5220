package nl.gemeente.participatie.trajectory.process;

import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.ASSIGNMENT_ID;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.BUDGET_DECISION;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.BUDGET_RESERVED;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.CANDIDATES;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.CANDIDATE_COUNT;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.CANDIDATE_INDEX;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.RESERVATION_ID;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.TRAJECTORY_TYPE;

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
import org.springframework.stereotype.Component;

/** The steps of {@code trajectoryPurchase}; each delegate reads a few variables and calls one use case. */
final class PurchaseDelegates {

  private PurchaseDelegates() {}

  /** The case: the business key, which the call activity passes on (never a variable). */
  static String caseId(DelegateExecution execution) {
    return CaseKey.of(execution);
  }

  static List<ProviderSelection.Candidate> candidates(DelegateExecution execution, JsonVariables json) {
    return json.read(execution, CANDIDATES).map(Arrays::asList).orElse(List.of());
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
          selection.candidates(caseId(execution), TRAJECTORY_TYPE.from(execution).getOrNull());
      json.write(execution, CANDIDATES, candidates.toArray(ProviderSelection.Candidate[]::new));
      CANDIDATE_INDEX.on(execution).set(0);
      CANDIDATE_COUNT.on(execution).set(candidates.size());
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
        BUDGET_RESERVED.on(execution).set(true);
        return;
      }
      BudgetLedger.Outcome outcome = ledger.reserve(caseId(execution), LocalDate.now(clock).getYear(),
          TRAJECTORY_TYPE.from(execution).getOrNull(), amount.get());
      if (outcome instanceof BudgetLedger.Reserved reserved) {
        RESERVATION_ID.on(execution).set(reserved.reservationId());
      }
      BUDGET_RESERVED.on(execution).set(outcome instanceof BudgetLedger.Reserved);
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
      BudgetDecision decision = json.read(execution, BUDGET_DECISION).orElse(new BudgetDecision(null, null));
      java.util.Optional<BudgetLedger.Reserved> reserved;
      try {
        reserved = ledger.decideShortfall(caseId(execution), LocalDate.now(clock).getYear(),
            TRAJECTORY_TYPE.from(execution).getOrNull(),
            BudgetLedger.amountToReserve(candidates(execution, json)).orElseThrow(), decision.choice(),
            decision.reason(), CurrentUser.of(execution));
      } catch (IllegalArgumentException e) {
        throw FormRejection.of(e.getMessage());
      }
      reserved.ifPresent(r -> RESERVATION_ID.on(execution).set(r.reservationId()));
      BUDGET_RESERVED.on(execution).set(reserved.isPresent());
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
      ProviderSelection.Candidate candidate = candidates(execution, json).get(CANDIDATE_INDEX.from(execution).get());
      ASSIGNMENT_ID.on(execution).set(PartnerCall.forCase(caseId, () -> assignments.offer(caseId,
          candidate.partnerId(), TRAJECTORY_TYPE.from(execution).getOrNull(), candidate.priceCeiling())));
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
      assignments.expire(assignments.ofCase(caseId(execution), ASSIGNMENT_ID.from(execution).getOrNull()).assignmentId());
    }
  }

  /** "Volgende partner". */
  @Component("tryNextPartner")
  static class TryNextPartner implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      CANDIDATE_INDEX.on(execution).set(CANDIDATE_INDEX.from(execution).get() + 1);
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
      String reservationId = RESERVATION_ID.from(execution).getOrNull();
      if (reservationId != null) {
        ledger.release(ledger.reservationOfCase(caseId(execution), reservationId));
      }
    }
  }
}
