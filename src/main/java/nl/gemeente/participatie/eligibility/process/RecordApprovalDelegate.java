package nl.gemeente.participatie.eligibility.process;

import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.APPROVAL;
import static nl.gemeente.participatie.eligibility.process.EligibilityProcess.APPROVED;

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
    Approval approval = json.read(execution, APPROVAL)
        .filter(a -> "APPROVE".equals(a.verdict()) || "REJECT".equals(a.verdict()))
        .orElseThrow(() -> FormRejection.of("Kies: goedkeuren of terugsturen."));
    try {
      APPROVED.on(execution).set(eligibility.recordApproval(caseId, "APPROVE".equals(approval.verdict()),
          approval.remark(), CurrentUser.of(execution)));
    } catch (ReviewRejectedException e) {
      throw FormRejection.of(e.getMessage());
    }
  }
}
