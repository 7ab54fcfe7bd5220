package nl.gemeente.participatie.support;

import static nl.gemeente.participatie.support.ServiceClient.melding;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Drives a case through the running service the way people and the job executor would: meldingen
 * through the API, forms submitted as Tasklist submits them (as a demo user), jobs run one by one.
 */
public final class CaseDriver {

  private final ProcessEngine engine;
  private final ServiceClient client;

  public CaseDriver(ProcessEngine engine, ServiceClient client) {
    this.engine = engine;
    this.client = client;
  }

  /** Melding through the API and an intake that goes on to an application for bijstand. */
  public String applyFor(String bsn) {
    return intake(bsn, "BIJSTAND", false, true);
  }

  /**
   * As {@link #applyFor}, with {@code costSharers} kostendelende medebewoners (27 or older, art. 19a
   * lid 1) counted by the caseworker at the intake.
   */
  public String applyWithCostSharers(String bsn, int costSharers) {
    Map<String, Object> intake = intakeForm("BIJSTAND", false, true);
    intake.put("costSharers", costSharers);
    return intake(bsn, intake);
  }

  /** As {@link #applyFor}, with the search period exempted at the intake (art. 41 lid 4). */
  /** An application by a couple ({@code householdType} COUPLE, art. 3, 4), no cost sharers. */
  public String applyAsCouple(String bsn) {
    Map<String, Object> intake = intakeForm("BIJSTAND", false, true);
    intake.put("householdType", "COUPLE");
    return intake(bsn, intake);
  }

  public String applyWithSearchPeriodExemption(String bsn) {
    return intake(bsn, "BIJSTAND", true, true);
  }

  /**
   * A bijstand client (standard test person: single, 2026 norm) whose benefit was granted from today
   * as advised and paid, assessed (rung 5) and with an agreed plan on {@code route}.
   */
  public String grantedAndPlanned(String bsn, String route) {
    String caseId = applyFor(bsn);
    ProcessInstance instance = instanceOf(caseId);
    runJobs(instance);
    String amount = advisedAmount(caseId);
    ResponseEntity<String> granted = submit("caseworker", taskOf(instance), "review",
        review("GRANT", LocalDate.now(ServiceClient.AMSTERDAM), amount, null));
    assertThat(granted.getStatusCode().value()).as(granted.getBody()).isEqualTo(204);
    runJobs(instance);
    ResponseEntity<String> assessed = submit("caseworker", task(instance, "UserTask_BroadIntake"), "assessment",
        assessment(5, 4, 4, 32));
    assertThat(assessed.getStatusCode().value()).as(assessed.getBody()).isEqualTo(204);
    runJobs(instance);
    ResponseEntity<String> planned = submit("caseworker", task(instance, "UserTask_Plan"), "plan",
        plan(route, route.equals("DIRECT_MEDIATION") ? null : "Afgesproken met de klant."));
    assertThat(planned.getStatusCode().value()).as(planned.getBody()).isEqualTo(204);
    return caseId;
  }

  /**
   * The rules' advice as the service recorded it ({@code pw_eligibility}: advice_eligible,
   * monthly_norm, benefit_amount); the engine keeps only its Dutch summary for the review form.
   */
  public Map<String, Object> advice(String caseId) {
    return new JdbcTemplate(engine.getProcessEngineConfiguration().getDataSource()).queryForMap(
        "select advice_eligible, monthly_norm, benefit_amount from pw_eligibility where case_id = ?", caseId);
  }

  /** The benefit amount the rules advised, as a caseworker types it into the review form. */
  public String advisedAmount(String caseId) {
    return ((BigDecimal) advice(caseId).get("benefit_amount")).toPlainString();
  }

  /** {@code POST /api/cases/{caseId}/job-start} as {@code user}, expecting 202. */
  public JsonNode reportJobStart(String user, String caseId, LocalDate start) {
    ResponseEntity<String> response = client.exchange(user, HttpMethod.POST, "/api/cases/" + caseId + "/job-start",
        Json.write(Map.of("startDate", start.toString(), "hoursPerWeek", 24)));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(202);
    return Json.parse(response.getBody());
  }

  /** The case's running outflow ({@code outflowToWork}), or null. */
  public ProcessInstance outflowOf(String caseId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("outflowToWork")
        .processInstanceBusinessKey(caseId).singleResult();
  }

  /** "Uitstroom naar werk beoordelen": the caseworker confirms the proposal; besluit and payment follow. */
  public void confirmOutflow(ProcessInstance outflow) {
    ResponseEntity<String> confirmed = submit("caseworker", task(outflow, "UserTask_ConfirmOutflow"), "outflowReview",
        Map.of("choice", "CONFIRM"));
    assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(204);
    runJobs(outflow);
  }

  /** A job start reported by {@code user}, its employment fetched and the proposal confirmed. */
  public ProcessInstance startAndConfirm(String caseId, String user, LocalDate start) {
    reportJobStart(user, caseId, start);
    ProcessInstance outflow = outflowOf(caseId);
    runJobs(outflow);
    confirmOutflow(outflow);
    return outflow;
  }

  /**
   * The next aftercare timers run, one "Nazorgcontact" per outcome (a lost job ends today), and then the
   * case's jobs (closing the case after the last contact).
   */
  public void aftercare(ProcessInstance outflow, String... outcomes) {
    ProcessInstance caseInstance = instanceOf(outflow.getBusinessKey());
    for (String outcome : outcomes) {
      engine.getManagementService().executeJob(timer(outflow, "CatchEvent_AftercareDue").getId());
      Map<String, Object> contact = new LinkedHashMap<>();
      contact.put("outcome", outcome);
      if (outcome.equals("JOB_LOST")) {
        contact.put("lastWorkingDay", LocalDate.now(ServiceClient.AMSTERDAM).toString());
      }
      ResponseEntity<String> done = submit("caseworker", task(outflow, "UserTask_AftercareContact"), "aftercareContact",
          contact);
      assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    }
    // The last contact may end the case: "Zaak afsluiten met resultaat" runs as a job of the case.
    runJobs(caseInstance);
  }

  /** Melding and intake for work support only: the case goes straight to the broad assessment. */
  public String workSupportOnly(String bsn) {
    return intake(bsn, "WORK_SUPPORT_ONLY", false, true);
  }

  /** Work support only, and the client does not consent to sharing data with partners. */
  public String workSupportOnlyWithoutConsent(String bsn) {
    return intake(bsn, "WORK_SUPPORT_ONLY", false, false);
  }

  private String intake(String bsn, String requestType, boolean searchPeriodExempt, boolean consent) {
    return intake(bsn, intakeForm(requestType, searchPeriodExempt, consent));
  }

  private String intake(String bsn, Map<String, Object> intake) {
    ResponseEntity<String> created = client.postCase("caseworker", melding(bsn));
    String caseId = Json.parse(created.getBody()).get("caseId").asText();
    ResponseEntity<String> done = submit("caseworker", taskOf(instanceOf(caseId)), "intake", intake);
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    return caseId;
  }

  /**
   * A work-support client (rung 4, work and education 3, a language barrier) whose agreed plan needs a
   * bought service of this type; returns the running purchase ({@code trajectoryPurchase}) after its
   * first jobs, i.e. with the first partner asked. A plan that deviates from the proposal needs the reason.
   */
  public ProcessInstance purchaseFor(String trajectoryType, String deviationReason) {
    String caseId = workSupportOnly(TestBsn.next());
    ProcessInstance instance = instanceOf(caseId);
    Map<String, Object> assessment = assessment(4, 3, 4, 24);
    assessment.put("dutchLevel1F", false);
    assessment.put("barriers", Map.of("language", true));
    ResponseEntity<String> assessed = submit("caseworker", taskOf(instance), "assessment", assessment);
    assertThat(assessed.getStatusCode().value()).as(assessed.getBody()).isEqualTo(204);
    runJobs(instance);
    ResponseEntity<String> planned = submit("caseworker", task(instance, "UserTask_Plan"), "plan", plan(trajectoryType, deviationReason));
    assertThat(planned.getStatusCode().value()).as(planned.getBody()).isEqualTo(204);
    ProcessInstance purchase = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("trajectoryPurchase")
        .processInstanceBusinessKey(caseId).singleResult();
    runJobs(purchase);
    return purchase;
  }

  /** The assignment a purchase currently offers or runs. */
  public String assignmentOf(ProcessInstance purchase) {
    return (String) engine.getRuntimeService().getVariable(purchase.getId(), "assignmentId");
  }

  /**
   * The intake conversation ("Intakegesprek voeren") of a single client without children or cost
   * sharers who proceeds, as Tasklist submits the form group {@code intake}; for bijstand with the
   * declarations (assets 1200.50, no days abroad). Mutable, for tests that change a field.
   */
  public static Map<String, Object> intakeForm(String requestType, boolean searchPeriodExempt, boolean consent) {
    Map<String, Object> intake = new LinkedHashMap<>();
    intake.put("householdType", "SINGLE");
    intake.put("childrenUnder18", 0);
    intake.put("costSharers", 0);
    intake.put("requestType", requestType);
    intake.put("informedAboutDataProcessing", true);
    intake.put("consentPartnerSharing", consent);
    intake.put("contactPreference", "PHONE");
    intake.put("outcome", "PROCEED");
    intake.put("declaredAssets", 1200.50);
    intake.put("daysAbroadThisYear", 0);
    intake.put("searchPeriodExempt", searchPeriodExempt);
    if (searchPeriodExempt) {
      intake.put("searchPeriodExemption", "Praktijkonderwijs afgerond in het laatste jaar.");
    }
    return intake;
  }

  /** An intake after which the client withdraws the melding (the case closes), with the reason. */
  public static Map<String, Object> withdrawnIntake(String reason) {
    Map<String, Object> intake = intakeForm("BIJSTAND", false, true);
    intake.put("outcome", "WITHDRAWN");
    intake.put("outcomeReason", reason);
    return intake;
  }

  /** What Tasklist sends for a form group with a path: one Json variable. */
  public ResponseEntity<String> submit(String user, Task task, String variable, Map<String, Object> value) {
    String body = Json.write(Map.of("variables", Map.of(variable, Map.of("type", "Json", "value", Json.write(value)))));
    return client.exchange(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form", body);
  }

  /** A form without fields (a task that is only confirmed). */
  public ResponseEntity<String> confirm(String user, Task task) {
    return client.exchange(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\": {}}");
  }

  public static Map<String, Object> review(String decision, LocalDate startDate, String amount, String reasons) {
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("decision", decision);
    if (startDate != null) {
      review.put("startDate", startDate.toString());
    }
    if (amount != null) {
      review.put("monthlyAmount", Double.valueOf(amount));
    }
    if (reasons != null) {
      review.put("reasons", reasons);
    }
    return review;
  }

  /**
   * The processes of a case that the single case process of earlier versions held: the case map and
   * the stages it calls (not the purchase and the outflow, which were separate processes before too).
   */
  public static final List<String> CASE_PROCESSES = List.of("participationCase", "caseIntake", "bijstandApplication",
      "assessmentAndPlan", "planRevision", "clientInView");

  /**
   * The process instances a test means by "the case's instance": for the case map, the map and its running
   * stage processes (the single case process of earlier versions held all of them); any other instance alone.
   */
  public List<String> processesOf(ProcessInstance instance) {
    String key = engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey();
    if (!key.equals("participationCase")) {
      return List.of(instance.getId());
    }
    List<String> ids = new ArrayList<>();
    ids.add(instance.getId());
    engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstanceId(instance.getId())
        .processDefinitionKeyIn(CASE_PROCESSES.toArray(String[]::new)).list().stream()
        .map(ProcessInstance::getId).filter(id -> !ids.contains(id)).forEach(ids::add);
    return ids;
  }

  /** The running instance of one stage process of the case ({@code caseIntake}, {@code clientInView}, ...), or null. */
  public ProcessInstance stageOf(String caseId, String processKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(caseId).active().singleResult();
  }

  /** The key of the process a task belongs to (each stage runs in its own process). */
  public String processKeyOf(Task task) {
    return engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
  }

  /** A variable of the case's instance (see {@link #processesOf}), wherever in its processes it lives; null if none. */
  public TypedValue variableTyped(ProcessInstance instance, String name) {
    List<VariableInstance> found = engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(processesOf(instance).toArray(String[]::new)).variableName(name).list();
    assertThat(found).as("variable %s in the case's processes", name).hasSizeLessThanOrEqualTo(1);
    return found.isEmpty() ? null : found.get(0).getTypedValue();
  }

  /** As {@link #variableTyped}, the value. */
  public Object variable(ProcessInstance instance, String name) {
    TypedValue value = variableTyped(instance, name);
    return value == null ? null : value.getValue();
  }

  /** Runs every job that is due now (async continuations), as the job executor would. */
  public void runJobs(ProcessInstance instance) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = jobsOf(instance);
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private List<Job> jobsOf(ProcessInstance instance) {
    List<String> ids = processesOf(instance);
    if (ids.size() == 1) {
      return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list();
    }
    return engine.getManagementService().createJobQuery().rootProcessInstanceId(instance.getId()).executable().list()
        .stream().filter(job -> ids.contains(job.getProcessInstanceId())).toList();
  }

  /** The timer of a boundary event, run now whatever its due date. */
  public Job timer(ProcessInstance instance, String activityId) {
    List<String> ids = processesOf(instance);
    List<Job> timers = engine.getManagementService().createJobQuery().activityId(activityId).timers().list().stream()
        .filter(job -> ids.contains(job.getProcessInstanceId())).toList();
    assertThat(timers).as("timers at %s", activityId).hasSizeLessThanOrEqualTo(1);
    return timers.isEmpty() ? null : timers.get(0);
  }

  public ProcessInstance instanceOf(String caseId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("participationCase")
        .processInstanceBusinessKey(caseId).singleResult();
  }

  public Task taskOf(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(processesOf(instance).toArray(String[]::new))
        .singleResult();
  }

  public Task task(ProcessInstance instance, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(processesOf(instance).toArray(String[]::new))
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /** The variables of the case's process instances themselves (not of their subprocesses' scopes). */
  public Map<String, Object> runtimeVariables(ProcessInstance instance) {
    Map<String, Object> variables = new LinkedHashMap<>();
    processesOf(instance).forEach(id -> variables.putAll(engine.getRuntimeService().getVariablesLocal(id)));
    return variables;
  }

  public JsonNode caseView(String caseId) {
    return Json.parse(client.getCase("caseworker", caseId).getBody());
  }

  /** A broad assessment: every ZRM domain 4, except work and education; rung, hours as given. */
  public static Map<String, Object> assessment(int rung, int workEducation, int others, int hours) {
    Map<String, Object> zrm = new LinkedHashMap<>();
    for (String domain : new String[] {"finances", "workEducation", "timeUse", "housing", "homeRelations", "mentalHealth",
        "physicalHealth", "addiction", "selfCare", "dailyActivities", "socialNetwork", "communityParticipation", "justice"}) {
      zrm.put(domain, others);
    }
    zrm.put("workEducation", workEducation);
    Map<String, Object> assessment = new LinkedHashMap<>();
    assessment.put("zrm", zrm);
    assessment.put("ladderRung", rung);
    assessment.put("barriers", Map.of("debts", false, "language", false, "childcare", false, "health", false,
        "housing", false, "careDuties", false));
    assessment.put("wishesOwnBusiness", false);
    assessment.put("hoursAvailable", hours);
    assessment.put("possiblyReducedWageValue", false);
    assessment.put("shelteredWorkNeeded", false);
    assessment.put("dutchLevel1F", true);
    return assessment;
  }

  /** An agreed plan for this route; a deviation from the proposal needs the reason. */
  public static Map<String, Object> plan(String route, String deviationReason) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("agreedRoute", route);
    if (deviationReason != null) {
      plan.put("deviationReason", deviationReason);
    }
    plan.put("goals", "Binnen een jaar betaald werk van ten minste 24 uur.");
    plan.put("activities", "Sollicitatietraining, wekelijks gesprek met de jobcoach.");
    LocalDate today = LocalDate.now(ServiceClient.AMSTERDAM);
    plan.put("startDate", today.toString());
    plan.put("reviewDate", today.plusMonths(3).toString());
    return plan;
  }
}
