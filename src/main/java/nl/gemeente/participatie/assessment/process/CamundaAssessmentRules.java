package nl.gemeente.participatie.assessment.process;

import java.time.LocalDate;
import java.util.Map;
import nl.gemeente.participatie.assessment.Assessment;
import nl.gemeente.participatie.assessment.AssessmentRules;
import nl.gemeente.participatie.assessment.Route;
import nl.gemeente.participatie.assessment.RouteProposal;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Decisions {@code participationRoute} and {@code workObligations} (dmn/), evaluated by the engine. */
@Component
class CamundaAssessmentRules implements AssessmentRules {

  static final String ROUTE = "participationRoute";
  static final String OBLIGATIONS = "workObligations";

  private final DecisionService decisionService;

  CamundaAssessmentRules(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public RouteProposal propose(Assessment a, Integer age, String requestType, String householdType, LocalDate today) {
    Assessment.Zrm z = a.zrm();
    VariableMap routeInputs = Variables.createVariables()
        .putValue("zrmFinances", z.finances()).putValue("zrmWorkEducation", z.workEducation())
        .putValue("zrmTimeUse", z.timeUse()).putValue("zrmHousing", z.housing())
        .putValue("zrmHomeRelations", z.homeRelations()).putValue("zrmMentalHealth", z.mentalHealth())
        .putValue("zrmPhysicalHealth", z.physicalHealth()).putValue("zrmAddiction", z.addiction())
        .putValue("zrmSelfCare", z.selfCare()).putValue("zrmDailyActivities", z.dailyActivities())
        .putValue("zrmSocialNetwork", z.socialNetwork()).putValue("zrmCommunityParticipation", z.communityParticipation())
        .putValue("zrmJustice", z.justice())
        .putValue("ladderRung", a.ladderRung())
        .putValue("hoursAvailable", a.hoursAvailable())
        .putValue("age", age)
        .putValue("wishesOwnBusiness", Boolean.TRUE.equals(a.wishesOwnBusiness()))
        .putValue("debtsReported", a.debtsReported())
        .putValue("possiblyReducedWageValue", Boolean.TRUE.equals(a.possiblyReducedWageValue()))
        .putValue("shelteredWorkNeeded", Boolean.TRUE.equals(a.shelteredWorkNeeded()));
    Map<String, Object> route = decisionService.evaluateDecisionByKey(ROUTE).variables(routeInputs).evaluate()
        .getSingleResult().getEntryMap();

    VariableMap obligationInputs = Variables.createVariables()
        .putValue("assessmentDate", today.toString())
        .putValue("requestType", requestType)
        .putValue("householdType", householdType)
        .putValue("youngestChildBirthDate", a.youngestChildBirthDate() == null ? null : a.youngestChildBirthDate().toString())
        .putValue("singleParentExemptionRequested", Boolean.TRUE.equals(a.singleParentExemptionRequested()))
        .putValue("temporaryExemptionUntil", a.temporaryExemptionUntil() == null ? null : a.temporaryExemptionUntil().toString())
        .putValue("languageExempt", Boolean.TRUE.equals(a.languageExempt()))
        .putValue("dutchLevel1F", a.dutchLevel1F());
    Map<String, Object> obligations = decisionService.evaluateDecisionByKey(OBLIGATIONS).variables(obligationInputs)
        .evaluate().getSingleResult().getEntryMap();

    Object exemptUntil = obligations.get("exemptUntil");
    return new RouteProposal(
        Route.valueOf((String) route.get("route")),
        Boolean.TRUE.equals(route.get("assessWageValue")),
        Boolean.TRUE.equals(route.get("askUwvShelteredWorkAdvice")),
        Boolean.TRUE.equals(route.get("jobCoaching")),
        Boolean.TRUE.equals(route.get("debtReferral")),
        (String) route.get("explanation"),
        (String) obligations.get("obligations"),
        exemptUntil == null ? null : LocalDate.parse(exemptUntil.toString()),
        (String) obligations.get("obligationsArticle"),
        (String) obligations.get("languageRequirement"));
  }
}
