package nl.gemeente.participatie.assessment.process;

import static nl.gemeente.participatie.assessment.process.AssessmentProcess.ASSESSMENT;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.DEBT_REFERRAL;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.ROUTE_PROPOSAL;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.ROUTE_SUMMARY;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.DEBT_REFERRAL_WITHOUT_CONSENT;
import static nl.gemeente.participatie.intake.process.IntakeVariables.INTAKE;

import nl.gemeente.participatie.assessment.Assessment;
import nl.gemeente.participatie.assessment.AssessmentService;
import nl.gemeente.participatie.assessment.RouteProposal;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import nl.gemeente.participatie.intake.IntakeConversation;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Route en verplichtingen voorstellen" (async, partner retry cycle: for a work-support-only
 * client the birth date comes from the BRP). Stores the assessment and the rules' proposal.
 */
@Component("proposeRoute")
class ProposeRouteDelegate implements JavaDelegate {

  private final AssessmentService assessments;
  private final JsonVariables json;
  private final RouteSummary summary;

  ProposeRouteDelegate(AssessmentService assessments, JsonVariables json, RouteSummary summary) {
    this.assessments = assessments;
    this.json = json;
    this.summary = summary;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = CaseKey.of(execution);
    Assessment assessment = json.read(execution, ASSESSMENT).orElseThrow();
    String raw = json.serialized(execution, ASSESSMENT).orElseThrow();
    RouteProposal proposal = PartnerCall.forCase(caseId, () -> assessments.assess(caseId, assessment, raw));
    json.write(execution, ROUTE_PROPOSAL, proposal);
    ROUTE_SUMMARY.on(execution).set(summary.of(proposal));
    // The partner gets the BSN: only with the consent the client gave at the intake.
    boolean consent = json.read(execution, INTAKE)
        .map(IntakeConversation::consentPartnerSharing).map(Boolean.TRUE::equals).orElse(false);
    DEBT_REFERRAL.on(execution).set(proposal.debtReferral() && consent);
    DEBT_REFERRAL_WITHOUT_CONSENT.on(execution).set(proposal.debtReferral() && !consent);
  }
}
