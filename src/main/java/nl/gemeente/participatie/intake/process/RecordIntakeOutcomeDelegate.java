package nl.gemeente.participatie.intake.process;

import static nl.gemeente.participatie.intake.process.IntakeVariables.APPLICATION_FOLLOWS;
import static nl.gemeente.participatie.intake.process.IntakeVariables.ASSESSMENT_FOLLOWS;
import static nl.gemeente.participatie.intake.process.IntakeVariables.INTAKE;

import java.util.List;
import nl.gemeente.participatie.eligibility.ApplicationDeclaration;
import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.intake.IntakeConversation;
import nl.gemeente.participatie.intake.IntakeNext;
import nl.gemeente.participatie.intake.IntakeRejectedException;
import nl.gemeente.participatie.intake.IntakeService;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Intake-uitkomst vastleggen": checks what the caseworker submitted in "Intakegesprek voeren" and
 * records the outcome on the case; for a bijstand application it records what the client declared.
 * Runs in the transaction that completes the task, so a rejection leaves the task open and
 * Tasklist shows the Dutch message.
 */
@Component("recordIntakeOutcome")
class RecordIntakeOutcomeDelegate implements JavaDelegate {

  private final IntakeService intake;
  private final EligibilityService eligibility;
  private final JsonVariables json;

  RecordIntakeOutcomeDelegate(IntakeService intake, EligibilityService eligibility, JsonVariables json) {
    this.intake = intake;
    this.eligibility = eligibility;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    IntakeConversation conversation = json.read(execution, INTAKE)
        .orElseThrow(() -> FormRejection.of("De gegevens van het intakegesprek ontbreken of zijn onleesbaar."));
    IntakeNext next;
    try {
      next = intake.recordIntakeOutcome(caseId, conversation);
    } catch (IntakeRejectedException e) {
      throw FormRejection.of(e.getMessage());
    }
    if (next == IntakeNext.APPLICATION) {
      eligibility.declare(caseId, new ApplicationDeclaration(conversation.householdType(), conversation.costSharers(),
          conversation.declaredAssets(), conversation.daysAbroadThisYear(),
          Boolean.TRUE.equals(conversation.searchPeriodExempt()), conversation.searchPeriodExemption()));
    }
    APPLICATION_FOLLOWS.on(execution).set(next == IntakeNext.APPLICATION);
    ASSESSMENT_FOLLOWS.on(execution).set(next == IntakeNext.ASSESSMENT);
  }
}
