package nl.gemeente.participatie.assessment.process;

import static nl.gemeente.participatie.assessment.process.AssessmentProcess.VAR_ASSESSMENT;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.VAR_DEBT_REFERRAL;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.VAR_ROUTE_PROPOSAL;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.VAR_ROUTE_SUMMARY;
import static nl.gemeente.participatie.assessment.process.AssessmentProcess.VAR_DEBT_REFERRAL_WITHOUT_CONSENT;
import static nl.gemeente.participatie.zaak.process.ParticipationCaseProcess.VAR_INTAKE;

import nl.gemeente.participatie.assessment.Assessment;
import nl.gemeente.participatie.assessment.AssessmentService;
import nl.gemeente.participatie.assessment.RouteProposal;
import nl.gemeente.participatie.zaak.process.CaseKey;
import nl.gemeente.participatie.platform.camunda.PartnerCall;
import nl.gemeente.participatie.intake.IntakeConversation;
import nl.gemeente.participatie.platform.camunda.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
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
    Assessment assessment = json.read(execution, VAR_ASSESSMENT, Assessment.class).orElseThrow();
    String raw = ((SerializableValue) execution.getVariableTyped(VAR_ASSESSMENT, false)).getValueSerialized();
    RouteProposal proposal = PartnerCall.forCase(caseId, () -> assessments.assess(caseId, assessment, raw));
    execution.setVariable(VAR_ROUTE_PROPOSAL, SpinValues.jsonValue(json.write(proposal)).create());
    execution.setVariable(VAR_ROUTE_SUMMARY, summary.of(proposal));
    // The partner gets the BSN: only with the consent the client gave at the intake.
    boolean consent = json.read(execution, VAR_INTAKE, IntakeConversation.class)
        .map(IntakeConversation::consentPartnerSharing).map(Boolean.TRUE::equals).orElse(false);
    execution.setVariable(VAR_DEBT_REFERRAL, proposal.debtReferral() && consent);
    execution.setVariable(VAR_DEBT_REFERRAL_WITHOUT_CONSENT, proposal.debtReferral() && !consent);
  }
}
