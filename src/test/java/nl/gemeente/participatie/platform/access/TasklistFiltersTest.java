package nl.gemeente.participatie.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.gemeente.participatie.support.PostgresServiceTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared Tasklist filters: each exists once, also after the start-up setup ran again; each is
 * readable by its groups only; and each shows the tasks it promises, as the user sees them with
 * authorizations on. The service's database is shared with other tests, so every filter is run
 * extended with the ids of this test's own tasks; due dates lie days away from the boundaries.
 */
@PostgresServiceTest
class TasklistFiltersTest {

  static final String MY_TASKS = "Mijn taken";
  static final String MY_GROUPS = "Taken van mijn groepen";
  static final String DUE_SOON = "Deadline binnen 7 dagen";
  static final String SIGNALS = "Signalen te behandelen";
  static final String OVERDUE_REVIEWS = "Achterstallige voortgangsgesprekken";
  static final String CASEWORKERS = "Taken van Klantmanagers";
  static final String PURCHASING = "Taken van Inkoop en contractmanagement";
  static final String TEAM_LEADS = "Taken van Teamleiders";
  static final String EMPLOYER_SERVICES = "Taken van Werkgeversdienstverlening";

  /** Demo users with one group each (DemoUsers). */
  static final List<String> USERS = List.of("caseworker", "purchaser", "teamlead", "employer", "operator", "policy");

  /** Who may read each filter; every other user of {@link #USERS} may not. */
  static final Map<String, Set<String>> READERS = readers();

  static final String TEST_PROCESS = "tasklistFilterTest";

  @Autowired AccessSetup accessSetup;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  final List<String> standaloneTasks = new ArrayList<>();
  String deploymentId;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    standaloneTasks.forEach(id -> taskService.deleteTask(id, true));
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void everyFilterExistsOnceAlsoAfterTheSetupRanAgain() {
    Map<String, String> before = filterIds();

    identityService.clearAuthentication();
    accessSetup.afterPropertiesSet();
    accessSetup.afterPropertiesSet();

    assertThat(filterIds()).isEqualTo(before);
    for (String name : READERS.keySet()) {
      Filter filter = filterService.getFilter(before.get(name));
      assertThat(filter.getResourceType()).isEqualTo("Task");
      assertThat((String) filter.getProperties().get("description")).as(name).isNotBlank();
      assertThat(filter.getProperties().get("priority")).as(name).isInstanceOf(Integer.class);
      for (String group : READERS.get(name).stream().map(this::groupOf).toList()) {
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
            .resourceId(filter.getId()).groupIdIn(group).hasPermission(Permissions.READ).count())
            .as("one READ grant on %s for %s", name, group).isEqualTo(1);
      }
    }
  }

  @Test
  void eachFilterIsReadableByItsGroupsOnly() {
    Map<String, String> ids = filterIds();
    for (String user : USERS) {
      authenticate(user);
      for (Map.Entry<String, Set<String>> filter : READERS.entrySet()) {
        boolean reader = filter.getValue().contains(user);
        assertThat(filterService.createFilterQuery().filterName(filter.getKey()).count())
            .as("%s sees filter %s", user, filter.getKey()).isEqualTo(reader ? 1 : 0);
        if (!reader) {
          String id = ids.get(filter.getKey());
          assertThatThrownBy(() -> filterService.count(id))
              .as("%s runs filter %s", user, filter.getKey()).isInstanceOf(AuthorizationException.class);
        }
      }
    }
  }

  @Test
  void theFiltersShowTheRightTasks() {
    Date now = ClockUtil.getCurrentTime();
    String caseworkerOverdue = standaloneTask("klantmanager", days(now, -1));
    String caseworkerSoon = standaloneTask("klantmanager", days(now, 3));
    String caseworkerLater = standaloneTask("klantmanager", days(now, 10));
    String caseworkerAssigned = standaloneTask("klantmanager", null);
    taskService.setAssignee(caseworkerAssigned, "caseworker");
    String purchasingSoon = standaloneTask("inkoop", days(now, 3));
    String employerSoon = standaloneTask("werkgeversservice", days(now, 1));
    String teamLeadNoDue = standaloneTask("teamleider", null);

    deploymentId = repositoryService.createDeployment().name("tasklist-filter-test")
        .addModelInstance("tasklist-filter-test.bpmn", followUpProcess()).deploy().getId();
    String[] overdueCase = followUpTasks(days(now, 20), days(now, -2));
    String[] futureCase = followUpTasks(days(now, 20), days(now, 2));
    String overdueSignal = overdueCase[0];
    String overdueReview = overdueCase[1];
    String futureSignal = futureCase[0];
    String futureReview = futureCase[1];

    List<String> caseworkerTasks = List.of(caseworkerOverdue, caseworkerSoon, caseworkerLater, caseworkerAssigned,
        overdueSignal, overdueReview, futureSignal, futureReview);
    List<String> all = new ArrayList<>(caseworkerTasks);
    all.addAll(List.of(purchasingSoon, employerSoon, teamLeadNoDue));
    Map<String, String> ids = filterIds();
    TaskLister tasks = (user, filter) -> {
      authenticate(user);
      String filterId = ids.get(filter);
      Supplier<TaskQuery> mine = () -> taskService.createTaskQuery().taskIdIn(all.toArray(String[]::new));
      List<Task> listed = filterService.list(filterId, mine.get());
      long counted = filterService.count(filterId, mine.get());
      assertThat(counted).as("%s counts %s", user, filter).isEqualTo(listed.size());
      return listed.stream().map(Task::getId).toList();
    };

    // A caseworker: only tasks of group klantmanager (and their own), whatever the filter.
    assertThat(tasks.list("caseworker", MY_TASKS)).containsExactly(caseworkerAssigned);
    assertThat(tasks.list("caseworker", MY_GROUPS)).containsExactlyInAnyOrderElementsOf(caseworkerTasks);
    assertThat(tasks.list("caseworker", CASEWORKERS)).containsExactlyInAnyOrderElementsOf(caseworkerTasks);
    assertThat(tasks.list("caseworker", DUE_SOON))
        .containsExactlyInAnyOrder(caseworkerOverdue, caseworkerSoon, overdueReview, futureReview);
    assertThat(tasks.list("caseworker", SIGNALS)).containsExactlyInAnyOrder(overdueSignal, futureSignal);
    assertThat(tasks.list("caseworker", OVERDUE_REVIEWS)).containsExactly(overdueReview);

    // Purchasing and employer services: their own group's tasks.
    assertThat(tasks.list("purchaser", DUE_SOON)).containsExactly(purchasingSoon);
    assertThat(tasks.list("purchaser", PURCHASING)).containsExactly(purchasingSoon);
    assertThat(tasks.list("purchaser", MY_GROUPS)).containsExactly(purchasingSoon);
    assertThat(tasks.list("employer", DUE_SOON)).containsExactly(employerSoon);
    assertThat(tasks.list("employer", EMPLOYER_SERVICES)).containsExactly(employerSoon);

    // A team lead reads every task: the filters alone decide.
    assertThat(tasks.list("teamlead", DUE_SOON)).containsExactlyInAnyOrder(
        caseworkerOverdue, caseworkerSoon, overdueReview, futureReview, purchasingSoon, employerSoon);
    assertThat(tasks.list("teamlead", SIGNALS)).containsExactlyInAnyOrder(overdueSignal, futureSignal);
    assertThat(tasks.list("teamlead", OVERDUE_REVIEWS)).containsExactly(overdueReview);
    assertThat(tasks.list("teamlead", CASEWORKERS)).containsExactlyInAnyOrderElementsOf(caseworkerTasks);
    assertThat(tasks.list("teamlead", PURCHASING)).containsExactly(purchasingSoon);
    assertThat(tasks.list("teamlead", EMPLOYER_SERVICES)).containsExactly(employerSoon);
    assertThat(tasks.list("teamlead", TEAM_LEADS)).containsExactly(teamLeadNoDue);
    assertThat(tasks.list("teamlead", MY_GROUPS)).containsExactly(teamLeadNoDue);
  }

  interface TaskLister {
    List<String> list(String user, String filterName);
  }

  private static Map<String, Set<String>> readers() {
    Set<String> tasklistUsers = Set.of("caseworker", "purchaser", "teamlead", "employer");
    Map<String, Set<String>> readers = new LinkedHashMap<>();
    readers.put(MY_TASKS, tasklistUsers);
    readers.put(MY_GROUPS, tasklistUsers);
    readers.put(DUE_SOON, tasklistUsers);
    readers.put(SIGNALS, Set.of("caseworker", "teamlead"));
    readers.put(OVERDUE_REVIEWS, Set.of("caseworker", "teamlead"));
    readers.put(CASEWORKERS, Set.of("caseworker", "teamlead"));
    readers.put(PURCHASING, Set.of("purchaser", "teamlead"));
    readers.put(TEAM_LEADS, Set.of("teamlead"));
    readers.put(EMPLOYER_SERVICES, Set.of("employer", "teamlead"));
    return readers;
  }

  /** Filter id by name, looked up without authentication; fails unless each exists exactly once. */
  private Map<String, String> filterIds() {
    identityService.clearAuthentication();
    Map<String, String> ids = new LinkedHashMap<>();
    for (String name : READERS.keySet()) {
      List<Filter> filters = filterService.createFilterQuery().filterName(name).list();
      assertThat(filters).as("filters named %s", name).hasSize(1);
      ids.put(name, filters.get(0).getId());
    }
    return ids;
  }

  private void authenticate(String user) {
    identityService.clearAuthentication();
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
  }

  private String groupOf(String user) {
    identityService.clearAuthentication();
    return identityService.createGroupQuery().groupMember(user).singleResult().getId();
  }

  private String standaloneTask(String candidateGroup, Date due) {
    identityService.clearAuthentication();
    Task task = taskService.newTask();
    task.setName("Filtertest " + candidateGroup);
    task.setDueDate(due);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), candidateGroup);
    standaloneTasks.add(task.getId());
    return task.getId();
  }

  /** The follow-up tasks the case process will have (same ids), due on the given dates. */
  private static BpmnModelInstance followUpProcess() {
    return Bpmn.createExecutableProcess(TEST_PROCESS).camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_FilterTest")
        .parallelGateway("Gateway_FilterTest")
        .userTask("UserTask_CheckSignal").name("Signaal beoordelen")
          .camundaCandidateGroups("klantmanager").camundaDueDate("${signalDue}")
        .endEvent("EndEvent_FilterTestSignal")
        .moveToNode("Gateway_FilterTest")
        .userTask("UserTask_ProgressReview").name("Voortgangsgesprek voeren")
          .camundaCandidateGroups("klantmanager").camundaDueDate("${reviewDue}")
        .endEvent("EndEvent_FilterTestReview")
        .done();
  }

  /** Starts the test process; returns the ids of its signal and its progress-review task. */
  private String[] followUpTasks(Date signalDue, Date reviewDue) {
    identityService.clearAuthentication();
    String instance = runtimeService.startProcessInstanceByKey(TEST_PROCESS,
        Map.of("signalDue", signalDue, "reviewDue", reviewDue)).getId();
    Supplier<TaskQuery> query = () -> taskService.createTaskQuery().processInstanceId(instance);
    return new String[] {
        query.get().taskDefinitionKey("UserTask_CheckSignal").singleResult().getId(),
        query.get().taskDefinitionKey("UserTask_ProgressReview").singleResult().getId()};
  }

  private static Date days(Date from, int days) {
    return Date.from(from.toInstant().plus(Duration.ofDays(days)));
  }
}
