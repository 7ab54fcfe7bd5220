package nl.gemeente.participatie.platform.access;

import nl.gemeente.participatie.zaak.process.ParticipationCaseProcess;
import static nl.gemeente.participatie.platform.access.ServiceGroup.BEHEER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.BELEID;
import static nl.gemeente.participatie.platform.access.ServiceGroup.INKOOP;
import static nl.gemeente.participatie.platform.access.ServiceGroup.KLANTMANAGER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.TEAMLEIDER;
import static nl.gemeente.participatie.platform.access.ServiceGroup.WERKGEVERSSERVICE;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Camunda authorizations each group gets, in one readable table. Tasks are not granted here:
 * the engine grants a candidate group READ and TASK_WORK on each task it is a candidate for, which
 * is what makes a caseworker see only the tasks of their own groups.
 */
final class AccessPolicy {

  record Grant(ServiceGroup group, Resource resource, String resourceId, List<Permission> permissions) {
    Grant(ServiceGroup group, Resource resource, String resourceId, Permission... permissions) {
      this(group, resource, resourceId, List.of(permissions));
    }
  }

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  static final List<Grant> GRANTS = List.of(
      // Caseworkers work in Tasklist and start cases there with the start form.
      new Grant(KLANTMANAGER, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),
      new Grant(KLANTMANAGER, Resources.PROCESS_DEFINITION, ParticipationCaseProcess.PROCESS_KEY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE),
      new Grant(KLANTMANAGER, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE),

      // Purchasing works in Tasklist on its own tasks.
      new Grant(INKOOP, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),

      // The employer-services team mediates clients to vacancies from Tasklist.
      new Grant(WERKGEVERSSERVICE, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),

      // Team leads work in Tasklist, see all tasks and (re)assign them. Without READ_VARIABLE: the
      // values of a task are for its candidates (the engine grants them READ_VARIABLE), so a team
      // lead reads the variables of the tasks addressed to the team leads only (approvals, deadline watch).
      new Grant(TEAMLEIDER, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),
      new Grant(TEAMLEIDER, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.TASK_ASSIGN),

      // Policy staff read decisions and their evaluations in Cockpit (the facts a rule was evaluated
      // on, for the rules; no case variables), try them out (evaluate through the engine REST API)
      // and deploy new decision versions (Camunda Modeler, rules API). Deploying anything but FEEL
      // decisions is refused by the engine (platform.camunda.DeploymentPolicy).
      new Grant(BELEID, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
      new Grant(BELEID, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE,
          Permissions.READ_HISTORY),
      new Grant(BELEID, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
      new Grant(BELEID, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.CREATE),

      // Operations watch and repair in Cockpit: instances, incidents, jobs, the diagram, retries,
      // suspension, modification, migration. No tasks (they do not do casework), no deleting of cases,
      // and no variable values: without READ_INSTANCE_VARIABLE and READ_HISTORY_VARIABLE (the engine
      // enforces these specific permissions) and without the history of decisions (their inputs are
      // the client's facts).
      new Grant(BEHEER, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
      new Grant(BEHEER, Resources.PROCESS_DEFINITION, ANY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
          ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.SUSPEND_INSTANCE,
          ProcessDefinitionPermissions.MIGRATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY),
      new Grant(BEHEER, Resources.PROCESS_INSTANCE, ANY,
          ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE,
          ProcessInstancePermissions.RETRY_JOB, ProcessInstancePermissions.SUSPEND),
      new Grant(BEHEER, Resources.DEPLOYMENT, ANY, Permissions.READ),
      new Grant(BEHEER, Resources.DECISION_DEFINITION, ANY, Permissions.READ),
      new Grant(BEHEER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
      new Grant(BEHEER, Resources.BATCH, ANY, BatchPermissions.READ,
          BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES,
          BatchPermissions.CREATE_BATCH_MODIFY_PROCESS_INSTANCES,
          BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES,
          BatchPermissions.CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND),
      new Grant(BEHEER, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));

  /**
   * Permissions earlier releases granted and this one takes back, so that a database set up by an
   * earlier release ends in the same state as a new one.
   */
  static final List<Grant> REVOKED = List.of(
      // Decision inputs are the client's facts (birth date, income, assets): not for operations (issue 13).
      new Grant(BEHEER, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY));

  /** Groups that work in Tasklist and therefore see the shared task filters. */
  static final List<ServiceGroup> TASKLIST_GROUPS = List.of(KLANTMANAGER, INKOOP, TEAMLEIDER, WERKGEVERSSERVICE);

  /** Groups that follow up running cases: signals and progress reviews are theirs. */
  static final List<ServiceGroup> CASE_FOLLOW_UP_GROUPS = List.of(KLANTMANAGER, TEAMLEIDER);

  /**
   * Task definition keys in the case process that the follow-up filters select. A filter on a key
   * that no deployed model has yet is simply empty.
   */
  static final String TASK_CHECK_SIGNAL = "UserTask_CheckSignal";
  static final String TASK_PROGRESS_REVIEW = "UserTask_ProgressReview";

  /**
   * A shared Tasklist filter, found by its name: created when missing, READ granted to its readers.
   * The criteria apply to a fresh task query; what a reader then sees is further limited by the
   * task authorizations (a caseworker: the tasks of their groups; a team lead: all tasks).
   * Expressions ({@code ${now()}}) are evaluated each time the filter is opened.
   */
  record SharedFilter(String name, int priority, String description, UnaryOperator<TaskQuery> criteria,
      List<ServiceGroup> readers) {}

  /** Tasklist sorts filters by priority, lowest first. */
  static final List<SharedFilter> FILTERS = filters();

  private static List<SharedFilter> filters() {
    List<SharedFilter> filters = new ArrayList<>(List.of(
        new SharedFilter("Mijn taken", -10, "Taken die aan mij zijn toegewezen",
            query -> query.taskAssigneeExpression("${currentUser()}"), TASKLIST_GROUPS),
        new SharedFilter("Taken van mijn groepen", -5,
            "Taken voor de groepen waar ik in zit, ook als ze al zijn opgepakt",
            query -> query.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
            TASKLIST_GROUPS),
        new SharedFilter("Deadline binnen 7 dagen", 0,
            "Taken met een uiterste datum binnen 7 dagen, ook als die al voorbij is",
            query -> query.dueBeforeExpression("${dateTime().plusDays(7).toDate()}"), TASKLIST_GROUPS),
        new SharedFilter("Achterstallige voortgangsgesprekken", 5,
            "Voortgangsgesprekken waarvan de geplande datum voorbij is",
            query -> query.taskDefinitionKey(TASK_PROGRESS_REVIEW).dueBeforeExpression("${now()}"),
            CASE_FOLLOW_UP_GROUPS),
        new SharedFilter("Signalen te behandelen", 10,
            "Signalen over lopende zaken die nog beoordeeld moeten worden",
            query -> query.taskDefinitionKey(TASK_CHECK_SIGNAL), CASE_FOLLOW_UP_GROUPS)));
    // Per Tasklist group its own tasks, for the group and the team leads who distribute them.
    int priority = 20;
    for (ServiceGroup group : TASKLIST_GROUPS) {
      List<ServiceGroup> readers = group == TEAMLEIDER ? List.of(TEAMLEIDER) : List.of(group, TEAMLEIDER);
      filters.add(new SharedFilter("Taken van " + group.displayName(), priority++,
          "Taken voor de groep " + group.displayName() + ", ook als ze al zijn opgepakt",
          query -> query.taskCandidateGroup(group.id()).includeAssignedTasks(), readers));
    }
    return List.copyOf(filters);
  }

  private AccessPolicy() {}
}
