package nl.gemeente.participatie.inview;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static nl.gemeente.participatie.support.ServiceClient.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.gemeente.participatie.support.CaseAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.support.CaseDriver;
import nl.gemeente.participatie.support.Json;
import nl.gemeente.participatie.support.PostgresServiceTest;
import nl.gemeente.participatie.support.ServiceClient;
import nl.gemeente.participatie.support.TestBsn;
import nl.gemeente.participatie.support.TestPartners;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeping the client in view (issue 7): progress reviews on the rhythm of decision reviewRhythm,
 * missed appointments and the outreach visit, signals and their checks inside the case, and
 * suspension (art. 54) resumed in time or ending in withdrawal.
 */
@PostgresServiceTest
class ClientInViewProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  CaseDriver driver;
  ServiceClient client;
  LocalDate today;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    client = new ServiceClient(rest);
    driver = new CaseDriver(processEngine, client);
    today = LocalDate.now(AMSTERDAM);
  }

  @Test
  void reviewsFireOnTheirRhythmAndFollowARouteChange() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "DIRECT_MEDIATION");
    ProcessInstance instance = driver.instanceOf(caseId);

    // An active route: every 3 months.
    assertThat(instance).isWaitingAt("CatchEvent_ReviewDue");
    assertThat(dueOfReviewTimer(instance)).isEqualTo(startOf(today.plusMonths(3)));

    // The plan is revised to care first: every 6 months, counted from the same day.
    ResponseEntity<String> revise = client.exchange("caseworker", HttpMethod.POST, "/api/cases/" + caseId + "/plan-revision", null);
    assertThat(revise.getStatusCode().value()).isEqualTo(202);
    driver.submit("caseworker", driver.task(instance, "UserTask_UpdateAssessment"), "assessment", CaseDriver.assessment(5, 4, 4, 32));
    driver.runJobs(instance);
    ResponseEntity<String> revised = driver.submit("caseworker", driver.task(instance, "UserTask_RevisePlan"), "plan",
        CaseDriver.plan("CARE_FIRST", "Eerst de zorg op orde, afgesproken met de klant."));
    assertThat(revised.getStatusCode().value()).as(revised.getBody()).isEqualTo(204);
    assertThat(instance).hasPassed("ServiceTask_RescheduleReview");
    assertThat(dueOfReviewTimer(instance)).isEqualTo(startOf(today.plusMonths(6)));
    assertThat(jdbc.queryForMap("select route, interval_used from pw_progress_review where case_id = ? and review_no = 1", caseId))
        .containsEntry("route", "CARE_FIRST").containsEntry("interval_used", "P6M");

    // The review comes due: "Voortgangsgesprek voeren", due two weeks later.
    managementService.executeJob(driver.timer(instance, "CatchEvent_ReviewDue").getId());
    Task review = driver.task(instance, "UserTask_ProgressReview");
    assertThat(review.getName()).isEqualTo("Voortgangsgesprek voeren");
    assertThat(driver.processKeyOf(review)).as("reviews run in their own process").isEqualTo("clientInView");
    assertThat(review).hasCandidateGroup("klantmanager");
    assertThat(review.getDueDate()).isEqualTo(startOf(today.plusMonths(6).plusDays(14)));
    ResponseEntity<String> noNote = driver.submit("caseworker", review, "progressReview", Map.of("outcome", "HELD"));
    assertThat(noNote.getStatusCode().value()).isEqualTo(400);
    assertThat(driver.submit("caseworker", review, "progressReview",
        Map.of("outcome", "HELD", "note", "Zorgtraject loopt, volgende stap besproken.")).getStatusCode().value()).isEqualTo(204);

    // Held today: the next one six months from today.
    assertThat(instance).isWaitingAt("CatchEvent_ReviewDue");
    assertThat(dueOfReviewTimer(instance)).isEqualTo(startOf(today.plusMonths(6)));
    assertThat(jdbc.queryForObject("select count(*) from pw_progress_review where case_id = ?", Integer.class, caseId))
        .isEqualTo(2);
  }

  @Test
  void twoMissedAppointmentsGiveAnOutreachVisitWithItsOutcomeRecorded() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);

    // First: the client does not come to the progress review.
    managementService.executeJob(driver.timer(instance, "CatchEvent_ReviewDue").getId());
    driver.submit("caseworker", driver.task(instance, "UserTask_ProgressReview"), "progressReview", Map.of("outcome", "NO_SHOW"));
    assertThat(driver.task(instance, "UserTask_HomeVisit")).isNull();

    // Second: a missed conversation, through the API.
    JsonNode second = missed(caseId, today, "CONVERSATION");
    assertThat(second.get("missedAppointments").asInt()).isEqualTo(2);
    assertThat(second.get("homeVisitPlanned").asBoolean()).isTrue();

    Task visit = driver.task(instance, "UserTask_HomeVisit");
    assertThat(visit.getName()).isEqualTo("Huisbezoek afleggen");
    assertThat(visit).hasCandidateGroup("klantmanager");
    // The same appointment again is counted once and plans no second visit.
    assertThat(missed(caseId, today, "CONVERSATION").get("homeVisitPlanned").asBoolean()).isFalse();
    ResponseEntity<String> noNote = driver.submit("caseworker", visit, "homeVisit", Map.of("outcome", "MOVED"));
    assertThat(noNote.getStatusCode().value()).isEqualTo(400);
    assertThat(driver.submit("caseworker", visit, "homeVisit",
        Map.of("outcome", "MOVED", "note", "Buren: vorige maand verhuisd naar Almere.")).getStatusCode().value()).isEqualTo(204);

    assertThat(jdbc.queryForMap("select outcome, visited_by from pw_home_visit where case_id = ?", caseId))
        .containsEntry("outcome", "MOVED").containsEntry("visited_by", "caseworker");
    assertThat(jdbc.queryForObject("select count(*) from pw_missed_appointment where case_id = ? and home_visit_id is not null",
        Integer.class, caseId)).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource({
      "MOVED, BRP, signals, Verhuisd, art. 40",
      "EMIGRATED, BRP, signals, Vertrokken naar het buitenland, art. 11 lid 1",
      "DECEASED, BRP, signals, Overleden, dag van overlijden",
      "RENT_ARREARS, HOUSING, signals, Huurachterstand, art. 57",
      "EVICTION, HOUSING, signals, Dreigende huisuitzetting, art. 54 lid 2",
      "DETENTION, INLICHTINGENBUREAU, signals, Detentie, art. 13 lid 1 a",
      "STAY_ABROAD, CLIENT, caseworker, Verblijf in het buitenland, art. 13 lid 1 e",
      "OTHER_INCOME, CLIENT, caseworker, Ander inkomen, art. 31-32"})
  void eachSignalKindLeadsToItsCheckInsideTheCase(String kind, String source, String sender, String label, String article) {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);

    JsonNode received = signal(sender, source, kind, null, bsn);

    assertThat(received.get("status").asText()).isEqualTo("CHECK_STARTED");
    assertThat(received.get("caseId").asText()).isEqualTo(caseId);
    Task check = driver.task(instance, "UserTask_CheckSignal");
    assertThat(check.getName()).isEqualTo("Signaal beoordelen");
    assertThat(check).hasCandidateGroup("klantmanager");
    assertThat(taskService.getVariable(check.getId(), "signalSummary").toString()).contains(label, article).doesNotContain(bsn);
    assertThat(driver.runtimeVariables(instance)).doesNotContainKey("signalId");

    assertThat(driver.submit("caseworker", check, "signalCheck", Map.of("outcome", "NO_EFFECT")).getStatusCode().value())
        .isEqualTo(204);
    assertThat(instance).hasPassed("EndEvent_SignalNoEffect");
    assertThat(jdbc.queryForMap("select status, outcome, checked_by from pw_signal where signal_id = ?",
        received.get("signalId").asText())).containsEntry("status", "HANDLED").containsEntry("outcome", "NO_EFFECT")
        .containsEntry("checked_by", "caseworker");
  }

  @Test
  void twoSignalsAreCheckedSideBySideEachWithItsOwnFacts() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);

    signal("signals", "HOUSING", "RENT_ARREARS", caseId, null);
    signal("signals", "BRP", "MOVED", caseId, null);

    List<Task> checks = taskService.createTaskQuery().processInstanceIdIn(driver.processesOf(instance).toArray(String[]::new))
        .taskDefinitionKey("UserTask_CheckSignal").list();
    assertThat(checks).hasSize(2);
    assertThat(checks.stream().map(task -> taskService.getVariable(task.getId(), "signalSummary").toString()))
        .anyMatch(summary -> summary.contains("Huurachterstand")).anyMatch(summary -> summary.contains("Verhuisd"));
  }

  @Test
  void aSuspensionIsResumedWhenTheInformationComesInTime() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    String signalId = signal("signals", "HOUSING", "EVICTION", null, bsn).get("signalId").asText();
    Task check = driver.task(instance, "UserTask_CheckSignal");

    ResponseEntity<String> tooLong = driver.submit("caseworker", check, "signalCheck", suspend(today.plusWeeks(9)));
    assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    assertThat(tooLong.getBody()).contains("ten hoogste 8 weken");
    assertThat(driver.submit("caseworker", check, "signalCheck", suspend(today.plusWeeks(2))).getStatusCode().value())
        .isEqualTo(204);
    driver.runJobs(instance);

    TestPartners.server().verify(postRequestedFor(urlEqualTo("/zgw/besluiten/api/v1/besluiten"))
        .withRequestBody(matchingJsonPath("$.identificatie", equalTo(caseId + "-SUSPEND_BENEFIT-" + signalId.substring(3, 11)))));
    TestPartners.server().verify(postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/opschorting"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId)))
        .withRequestBody(matchingJsonPath("$.ingangsdatum", equalTo(today.toString()))));
    Task await = driver.task(instance, "UserTask_AwaitSuspensionInformation");
    assertThat(await.getDueDate()).isEqualTo(startOf(today.plusWeeks(2)));
    assertThat(driver.timer(instance, "BoundaryEvent_InformationTermOver").getDuedate())
        .isEqualTo(startOf(today.plusWeeks(2).plusDays(1)));

    assertThat(driver.submit("caseworker", await, "suspensionInformation",
        Map.of("note", "Huurovereenkomst nieuwe woning ontvangen.")).getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);

    TestPartners.server().verify(postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/hervatting"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId))));
    assertThat(instance).hasPassed("EndEvent_SuspensionResumed").isNotEnded();
    assertThat(jdbc.queryForMap("select status, suspension_result from pw_signal where signal_id = ?", signalId))
        .containsEntry("status", "HANDLED").containsEntry("suspension_result", "INFORMATION_RECEIVED");
    assertThat(jdbc.queryForObject("select status from pw_case where case_id = ?", String.class, caseId)).isEqualTo("OPEN");
  }

  @Test
  void aSuspensionWithoutTheInformationInTimeEndsTheBenefitByAPersonsDecision() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    String signalId = signal("signals", "HOUSING", "EVICTION", caseId, null).get("signalId").asText();
    driver.submit("caseworker", driver.task(instance, "UserTask_CheckSignal"), "signalCheck", suspend(today.plusWeeks(2)));
    driver.runJobs(instance);

    managementService.executeJob(driver.timer(instance, "BoundaryEvent_InformationTermOver").getId());

    Task decide = driver.task(instance, "UserTask_DecideWithdrawal");
    assertThat(decide.getName()).isEqualTo("Intrekking na opschorting beoordelen");
    ResponseEntity<String> noReasons = driver.submit("caseworker", decide, "withdrawal", Map.of("decision", "WITHDRAW"));
    assertThat(noReasons.getStatusCode().value()).isEqualTo(400);
    assertThat(driver.submit("caseworker", decide, "withdrawal", Map.of("decision", "WITHDRAW",
        "reasons", "Geen woonadres aangetoond binnen de termijn van twee weken.")).getStatusCode().value()).isEqualTo(204);

    // Four eyes: a team lead, not the caseworker who decided, approves; sending back needs a remark.
    Task approve = driver.task(instance, "UserTask_ApproveWithdrawal");
    assertThat(approve.getName()).isEqualTo("Intrekking goedkeuren (vier ogen)");
    assertThat(driver.submit("teamlead", approve, "withdrawalApproval", Map.of("verdict", "REJECT"))
        .getStatusCode().value()).isEqualTo(400);
    assertThat(driver.submit("teamlead", approve, "withdrawalApproval",
        Map.of("verdict", "REJECT", "remark", "Noem ook de datum van de opschorting.")).getStatusCode().value()).isEqualTo(204);
    Task again = driver.task(instance, "UserTask_DecideWithdrawal");
    assertThat(taskService.getVariable(again.getId(), "withdrawalRemark").toString())
        .contains("Noem ook de datum van de opschorting.");
    assertThat(driver.submit("caseworker", again, "withdrawal", Map.of("decision", "WITHDRAW",
        "reasons", "Geen woonadres aangetoond binnen de termijn van twee weken sinds de opschorting.")).getStatusCode().value())
        .isEqualTo(204);
    approve = driver.task(instance, "UserTask_ApproveWithdrawal");
    assertThat(taskService.getVariable(approve.getId(), "withdrawalSummary").toString()).contains("art. 54 lid 4");
    assertThat(driver.submit("teamlead", approve, "withdrawalApproval", Map.of("verdict", "APPROVE"))
        .getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);

    TestPartners.server().verify(postRequestedFor(urlEqualTo("/zgw/besluiten/api/v1/besluiten"))
        .withRequestBody(matchingJsonPath("$.identificatie", equalTo(caseId + "-WITHDRAW_BENEFIT-" + signalId.substring(3, 11))))
        .withRequestBody(matchingJsonPath("$.ingangsdatum", equalTo(today.toString()))));
    TestPartners.server().verify(postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/beeindiging"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId)))
        .withRequestBody(matchingJsonPath("$.einddatum", equalTo(today.minusDays(1).toString())))
        .withRequestBody(matchingJsonPath("$.reden", equalTo("INTREKKING_ART_54"))));
    assertThat(instance).hasPassed("ServiceTask_CloseCaseWithResult").isEnded();
    assertThat(jdbc.queryForMap("select status, outcome from pw_case where case_id = ?", caseId))
        .containsEntry("status", "CLOSED").containsEntry("outcome", "BENEFIT_WITHDRAWN");
    assertThat(jdbc.queryForMap("select withdrawal_decided_by, withdrawal_approved_by from pw_signal where signal_id = ?",
        signalId)).containsEntry("withdrawal_decided_by", "caseworker").containsEntry("withdrawal_approved_by", "teamlead");
  }

  @Test
  void aRecomputationAfterADeathEndsTheBenefitAndTheCase() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    signal("signals", "BRP", "DECEASED", null, bsn);
    driver.submit("caseworker", driver.task(instance, "UserTask_CheckSignal"), "signalCheck",
        Map.of("outcome", "RECOMPUTE", "reasons", "Overlijden gemeld door de BRP."));
    driver.runJobs(instance);

    Task review = driver.task(instance, "UserTask_ReviewRecomputation");
    assertThat(review.getName()).isEqualTo("Herberekening beoordelen");
    assertThat(taskService.getVariable(review.getId(), "recomputationSummary").toString()).contains("Advies van de regels");
    Map<String, Object> end = new LinkedHashMap<>();
    end.put("decision", "END");
    end.put("effectiveDate", today.toString());
    end.put("reasons", "Overleden; het recht eindigt op de dag van overlijden.");
    ResponseEntity<String> noResult = driver.submit("caseworker", review, "recomputation", end);
    assertThat(noResult.getStatusCode().value()).isEqualTo(400);
    end.put("caseResult", "DECEASED");
    assertThat(driver.submit("caseworker", review, "recomputation", end).getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);

    TestPartners.server().verify(postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/beeindiging"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId)))
        .withRequestBody(matchingJsonPath("$.reden", equalTo("SIGNAAL_DECEASED"))));
    assertThat(instance).isEnded();
    assertThat(jdbc.queryForObject("select outcome from pw_case where case_id = ?", String.class, caseId)).isEqualTo("DECEASED");
  }

  @Test
  void aDeathOfAClientWithWorkSupportOnlyEndsTheCaseWithoutABesluit() {
    String caseId = driver.workSupportOnly(TestBsn.next());
    ProcessInstance instance = driver.instanceOf(caseId);
    driver.submit("caseworker", driver.taskOf(instance), "assessment", CaseDriver.assessment(5, 4, 4, 32));
    driver.runJobs(instance);
    driver.submit("caseworker", driver.task(instance, "UserTask_Plan"), "plan", CaseDriver.plan("CARE_FIRST", "Zorg eerst."));
    signal("signals", "BRP", "DECEASED", caseId, null);
    driver.submit("caseworker", driver.task(instance, "UserTask_CheckSignal"), "signalCheck",
        Map.of("outcome", "RECOMPUTE", "reasons", "Overlijden gemeld door de BRP."));
    driver.runJobs(instance);

    Task review = driver.task(instance, "UserTask_ReviewRecomputation");
    assertThat(taskService.getVariable(review.getId(), "recomputationSummary").toString()).contains("geen aanvraag om bijstand");
    assertThat(driver.submit("caseworker", review, "recomputation", Map.of("decision", "END",
        "effectiveDate", today.toString(), "caseResult", "DECEASED", "reasons", "Overleden.")).getStatusCode().value())
        .isEqualTo(204);
    driver.runJobs(instance);

    assertThat(instance).isEnded();
    assertThat(jdbc.queryForObject("select outcome from pw_case where case_id = ?", String.class, caseId)).isEqualTo("DECEASED");
    assertThat(runtimeService.createIncidentQuery().list()).noneMatch(incident -> driver.processesOf(instance)
        .contains(incident.getProcessInstanceId()));
  }

  @Test
  void aRecomputationCanChangeTheAmountAndTheCaseGoesOn() {
    String bsn = TestBsn.next();
    String caseId = driver.grantedAndPlanned(bsn, "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    signal("caseworker", "CLIENT", "OTHER_INCOME", caseId, null);
    driver.submit("caseworker", driver.task(instance, "UserTask_CheckSignal"), "signalCheck",
        Map.of("outcome", "RECOMPUTE", "reasons", "Klant meldt alimentatie van 300 per maand."));
    driver.runJobs(instance);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("decision", "CHANGE");
    change.put("monthlyAmount", 1101.50);
    change.put("effectiveDate", today.plusDays(1).toString());
    change.put("reasons", "Alimentatie wordt verrekend (art. 32).");

    assertThat(driver.submit("caseworker", driver.task(instance, "UserTask_ReviewRecomputation"), "recomputation", change)
        .getStatusCode().value()).isEqualTo(204);
    driver.runJobs(instance);

    TestPartners.server().verify(postRequestedFor(urlPathMatching("/betalingen/uitkeringen/[^/]+/wijzigingen"))
        .withRequestBody(matchingJsonPath("$.zaakReferentie", equalTo(caseId)))
        .withRequestBody(matchingJsonPath("$.bedragPerMaand", equalTo("1101.5"))));
    assertThat(instance).hasPassed("EndEvent_BenefitChangedBySignal").isNotEnded();
  }

  @Test
  void theRealChecksAndOverdueReviewsShowInTheirTasklistFiltersForTheTeamOnly() {
    String caseId = driver.grantedAndPlanned(TestBsn.next(), "CARE_FIRST");
    ProcessInstance instance = driver.instanceOf(caseId);
    signal("signals", "HOUSING", "RENT_ARREARS", caseId, null);
    Task check = driver.task(instance, "UserTask_CheckSignal");
    managementService.executeJob(driver.timer(instance, "CatchEvent_ReviewDue").getId());
    Task review = driver.task(instance, "UserTask_ProgressReview");
    assertThat(shown("caseworker", "klantmanager", "Achterstallige voortgangsgesprekken", review)).isFalse();
    // Time passes beyond its due date.
    taskService.setDueDate(review.getId(), startOf(today.minusDays(1)));

    assertThat(shown("caseworker", "klantmanager", "Signalen te behandelen", check)).isTrue();
    assertThat(shown("teamlead", "teamleider", "Signalen te behandelen", check)).isTrue();
    assertThat(shown("caseworker", "klantmanager", "Achterstallige voortgangsgesprekken", review)).isTrue();
    assertThat(shown("caseworker", "klantmanager", "Deadline binnen 7 dagen", check)).isTrue();
    assertThat(shown("caseworker", "klantmanager", "Signalen te behandelen", review)).isFalse();
    assertThat(shown("purchaser", "inkoop", "Signalen te behandelen", check)).isFalse();
  }

  /** Whether {@code task} is in the named shared filter for this user (false when the filter is not readable). */
  private boolean shown(String user, String group, String filterName, Task task) {
    var filters = processEngine.getFilterService();
    var identity = processEngine.getIdentityService();
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    identity.setAuthentication(user, List.of(group));
    try {
      return filters.list(filterId, taskService.createTaskQuery().taskId(task.getId())).size() == 1;
    } catch (org.camunda.bpm.engine.AuthorizationException notReadable) {
      return false;
    } finally {
      identity.clearAuthentication();
    }
  }

  // --- helpers

  private JsonNode signal(String sender, String source, String kind, String caseId, String bsn) {
    Map<String, Object> body = ServiceClient.signal(source + "-" + java.util.UUID.randomUUID(), source, kind, caseId, bsn);
    if (kind.equals("STAY_ABROAD")) {
      body.put("daysAbroad", 35);
    }
    ResponseEntity<String> response = client.exchange(sender, HttpMethod.POST, "/api/signals", Json.write(body));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(202);
    return Json.parse(response.getBody());
  }

  private JsonNode missed(String caseId, LocalDate date, String kind) {
    ResponseEntity<String> response = client.exchange("caseworker", HttpMethod.POST,
        "/api/cases/" + caseId + "/missed-appointments", Json.write(Map.of("date", date.toString(), "kind", kind)));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return Json.parse(response.getBody());
  }

  private static Map<String, Object> suspend(LocalDate until) {
    return Map.of("outcome", "SUSPEND", "reasons", "Woonadres onduidelijk na aanzegging ontruiming.",
        "requestedInformation", "Huurovereenkomst of verklaring van het nieuwe woonadres.",
        "informationUntil", until.toString());
  }

  private Date dueOfReviewTimer(ProcessInstance instance) {
    return driver.timer(instance, "CatchEvent_ReviewDue").getDuedate();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(AMSTERDAM).toInstant());
  }
}
