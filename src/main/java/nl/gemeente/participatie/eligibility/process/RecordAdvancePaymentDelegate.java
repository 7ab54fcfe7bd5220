package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.ADVANCE;

import nl.gemeente.participatie.eligibility.AdvanceDecision;
import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.eligibility.ReviewRejectedException;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Voorschot vastleggen" (art. 52). */
@Component("recordAdvancePayment")
class RecordAdvancePaymentDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final JsonVariables json;

  RecordAdvancePaymentDelegate(EligibilityService eligibility, JsonVariables json) {
    this.eligibility = eligibility;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    AdvanceDecision advance = json.read(execution, ADVANCE)
        .orElseThrow(() -> FormRejection.of("Kies: voorschot verlenen of geen voorschot."));
    try {
      eligibility.recordAdvance(caseId, advance, CurrentUser.of(execution));
    } catch (ReviewRejectedException e) {
      throw FormRejection.of(e.getMessage());
    }
  }
}
