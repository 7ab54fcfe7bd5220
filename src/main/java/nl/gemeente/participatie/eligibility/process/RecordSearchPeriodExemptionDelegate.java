package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.EXEMPTION;

import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.eligibility.ReviewRejectedException;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Vrijstelling zoektermijn vastleggen": the caseworker ended the search period early, with a ground. */
@Component("recordSearchPeriodExemption")
class RecordSearchPeriodExemptionDelegate implements JavaDelegate {

  record Exemption(String reason) {}

  private final EligibilityService eligibility;
  private final JsonVariables json;

  RecordSearchPeriodExemptionDelegate(EligibilityService eligibility, JsonVariables json) {
    this.eligibility = eligibility;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    String reason = json.read(execution, EXEMPTION).map(Exemption::reason).orElse(null);
    try {
      eligibility.grantSearchPeriodExemption(caseId, reason);
    } catch (ReviewRejectedException e) {
      throw FormRejection.of(e.getMessage());
    }
  }
}
