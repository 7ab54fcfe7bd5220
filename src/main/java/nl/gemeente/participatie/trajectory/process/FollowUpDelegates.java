package nl.gemeente.participatie.trajectory.process;

import static nl.gemeente.participatie.trajectory.process.PurchaseDelegates.caseId;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.AGREEMENT;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.ASSIGNMENT_ID;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.END_REVIEW;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.INVOICE_AMOUNT;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.INVOICE_DECISION;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.INVOICE_NUMBER;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.INVOICE_TO_PAY;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.INVOICE_WITHIN;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.REMINDED;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.RESERVATION_ID;
import static nl.gemeente.participatie.trajectory.process.PurchaseProcess.TRAJECTORY_TYPE;

import java.math.BigDecimal;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import nl.gemeente.participatie.trajectory.AssignmentService;
import nl.gemeente.participatie.trajectory.BudgetLedger;
import nl.gemeente.participatie.trajectory.InvoicePayments;
import nl.gemeente.participatie.trajectory.Invoices;
import nl.gemeente.participatie.trajectory.PartnerAssignments;
import nl.gemeente.participatie.trajectory.TrajectoryTypes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Following an accepted trajectory: reports, reminders, the end review and the invoice. */
final class FollowUpDelegates {


  private FollowUpDelegates() {}

  /** The assignment this execution follows (set when the partner was assigned). */
  static AssignmentService.Assignment assignment(DelegateExecution execution, AssignmentService assignments) {
    return assignments.ofCase(caseId(execution), ASSIGNMENT_ID.from(execution).getOrNull());
  }

  /** "Traject volgen" starts, and "Rapportage verwerkt": the report clock starts again. */
  @Component("startFollowUp")
  static class StartFollowUp implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      REMINDED.on(execution).set(false);
    }
  }

  @Component("progressHandled")
  static class ProgressHandled extends StartFollowUp {}

  /** "Partner herinneren" (async, partner retry cycle). */
  @Component("remindPartner")
  static class RemindPartner implements JavaDelegate {
    private final PartnerAssignments partners;
    private final AssignmentService assignments;

    RemindPartner(PartnerAssignments partners, AssignmentService assignments) {
      this.partners = partners;
      this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
      AssignmentService.Assignment assignment = assignment(execution, assignments);
      PartnerCall.forCase(caseId(execution), () -> partners.remind(assignment.assignmentId(), assignment.partnerId()));
      REMINDED.on(execution).set(true);
    }
  }

  /** "Overeenkomst controleren": a maatschappelijke baan starts only with a signed agreement (seed 001). */
  @Component("recordAgreement")
  static class RecordAgreement implements JavaDelegate {
    record Agreement(Boolean signed, java.time.LocalDate signedOn) {}

    private final JsonVariables json;

    RecordAgreement(JsonVariables json) {
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Agreement agreement = json.read(execution, AGREEMENT).orElse(new Agreement(null, null));
      if (!Boolean.TRUE.equals(agreement.signed()) || agreement.signedOn() == null) {
        throw FormRejection.of("De maatschappelijke baan begint pas met een door alle partijen ondertekende overeenkomst: "
            + "bevestig de ondertekening en de datum.");
      }
    }
  }

  /** "Eindbeoordeling vastleggen". */
  @Component("recordEndReview")
  static class RecordEndReview implements JavaDelegate {
    record EndReview(String paidJobPossible, String note) {}

    private final JsonVariables json;

    RecordEndReview(JsonVariables json) {
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      EndReview review = json.read(execution, END_REVIEW).orElse(new EndReview(null, null));
      if (TrajectoryTypes.keepsBenefit(TRAJECTORY_TYPE.from(execution).getOrNull())
          && !"YES".equals(review.paidJobPossible()) && !"NO".equals(review.paidJobPossible())) {
        throw FormRejection.of("Bij een plaatsing met behoud van uitkering: kan dit een betaalde baan worden? Kies ja of nee.");
      }
    }
  }

  /** "Factuur controleren": the rule is {@link Invoices#within}. */
  @Component("checkInvoice")
  static class CheckInvoice implements JavaDelegate {
    private final Invoices invoices;

    CheckInvoice(Invoices invoices) {
      this.invoices = invoices;
    }

    @Override
    public void execute(DelegateExecution execution) {
      BigDecimal amount = new BigDecimal(INVOICE_AMOUNT.from(execution).get());
      INVOICE_WITHIN.on(execution).set(invoices.withinContractAndReservation(caseId(execution),
          ASSIGNMENT_ID.from(execution).getOrNull(), RESERVATION_ID.from(execution).getOrNull(), amount));
      INVOICE_TO_PAY.on(execution).set(null);
    }
  }

  /** "Factuurbesluit vastleggen": pay the contract price, or reject and wait for a corrected invoice. */
  @Component("recordInvoiceDecision")
  static class RecordInvoiceDecision implements JavaDelegate {
    record InvoiceDecision(String choice, String reason) {}

    private final AssignmentService assignments;
    private final JsonVariables json;

    RecordInvoiceDecision(AssignmentService assignments, JsonVariables json) {
      this.assignments = assignments;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
      InvoiceDecision decision = json.read(execution, INVOICE_DECISION)
          .filter(d -> "PAY_CEILING".equals(d.choice()) || "REJECT".equals(d.choice()))
          .orElseThrow(() -> FormRejection.of("Kies: de contractprijs betalen of de factuur afwijzen."));
      if (decision.reason() == null || decision.reason().isBlank()) {
        throw FormRejection.of("Motiveer het besluit over de factuur.");
      }
      INVOICE_TO_PAY.on(execution).set("PAY_CEILING".equals(decision.choice())
          ? assignment(execution, assignments).priceCeiling().toPlainString()
          : null);
    }
  }

  /**
   * "Factuur betalen en afrekenen" (async, partner retry cycle): the ledger spends the amount paid and
   * frees the rest of the reservation, and the payment is ordered, in one transaction.
   */
  @Component("settleInvoice")
  static class SettleInvoice implements JavaDelegate {
    private final BudgetLedger ledger;
    private final InvoicePayments payments;
    private final AssignmentService assignments;

    SettleInvoice(BudgetLedger ledger, InvoicePayments payments, AssignmentService assignments) {
      this.ledger = ledger;
      this.payments = payments;
      this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String toPay = INVOICE_TO_PAY.from(execution).getOrNull();
      BigDecimal amount = new BigDecimal(toPay != null ? toPay : INVOICE_AMOUNT.from(execution).get());
      String partnerId = assignment(execution, assignments).partnerId();
      ledger.settle(ledger.reservationOfCase(caseId(execution), RESERVATION_ID.from(execution).getOrNull()), amount);
      PartnerCall.forCase(caseId(execution), () -> payments.pay(caseId(execution), partnerId,
          INVOICE_NUMBER.from(execution).getOrNull(), amount));
    }
  }
}
