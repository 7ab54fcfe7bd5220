package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.VAR_APPROVAL;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.VAR_APPROVED;

import nl.gemeente.participatie.eligibility.EligibilityService;
import nl.gemeente.participatie.eligibility.ReviewRejectedException;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.CurrentUser;
import nl.gemeente.participatie.platform.camunda.FormRejection;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Goedkeuring vastleggen": the team lead's second look (four eyes) at a refusal or deviation. */
@Component("recordApproval")
class RecordApprovalDelegate implements JavaDelegate {

  record Approval(String verdict, String remark) {}

  private final EligibilityService eligibility;
  private final JsonVariables json;

  RecordApprovalDelegate(EligibilityService eligibility, JsonVariables json) {
    this.eligibility = eligibility;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    Approval approval = json.read(execution, VAR_APPROVAL, Approval.class)
        .filter(a -> "APPROVE".equals(a.verdict()) || "REJECT".equals(a.verdict()))
        .orElseThrow(() -> FormRejection.of("Kies: goedkeuren of terugsturen."));
    try {
      execution.setVariable(VAR_APPROVED, eligibility.recordApproval(caseId, "APPROVE".equals(approval.verdict()),
          approval.remark(), CurrentUser.of(execution)));
    } catch (ReviewRejectedException e) {
      throw FormRejection.of(e.getMessage());
    }
  }
}
