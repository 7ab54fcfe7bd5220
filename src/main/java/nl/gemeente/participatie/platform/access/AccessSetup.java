package nl.gemeente.participatie.platform.access;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Brings groups, authorizations and the shared Tasklist filters to the state {@link AccessPolicy}
 * describes, in every profile, at every start. Only adds: a permission an administrator granted by
 * hand in Camunda Admin stays. With a read-only identity provider (LDAP) the groups come from there.
 */
@Component
public class AccessSetup implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void afterPropertiesSet() {
    if (!identityService.isReadOnly()) {
      // System accounts are not Camunda users (ADR 0003): their groups are not Camunda groups.
      for (ServiceGroup group : ServiceGroup.personGroups()) {
        createGroupIfMissing(group);
      }
    }
    for (AccessPolicy.Grant grant : AccessPolicy.GRANTS) {
      grant(grant.group().id(), grant.resource(), grant.resourceId(), grant.permissions().toArray(Permission[]::new));
    }
    for (AccessPolicy.Grant revoked : AccessPolicy.REVOKED) {
      revoke(revoked);
    }
    for (AccessPolicy.SharedFilter filter : AccessPolicy.FILTERS) {
      createFilterIfMissing(filter);
    }
  }

  private void createGroupIfMissing(ServiceGroup serviceGroup) {
    if (identityService.createGroupQuery().groupId(serviceGroup.id()).count() == 0) {
      Group group = identityService.newGroup(serviceGroup.id());
      group.setName(serviceGroup.displayName());
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
      log.info("Created group {}", serviceGroup.id());
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = findGrant(groupId, resource, resourceId);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (hasAll(authorization, permissions)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private void revoke(AccessPolicy.Grant revoked) {
    Authorization authorization = findGrant(revoked.group().id(), revoked.resource(), revoked.resourceId());
    if (authorization == null || revoked.permissions().stream().noneMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : revoked.permissions()) {
      authorization.removePermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
    log.info("Revoked {} on {} from group {}", revoked.permissions(), revoked.resource().resourceName(), revoked.group().id());
  }

  /** The group's grant on the resource, if there is one (at most one per group, resource type and id). */
  private Authorization findGrant(String groupId, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }

  private static boolean hasAll(Authorization authorization, Permission... permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Creates the filter when none has its name; an existing one is left as it is (an administrator
   * may have changed it in Tasklist). Its readers get READ either way.
   */
  private void createFilterIfMissing(AccessPolicy.SharedFilter shared) {
    Filter filter = filterService.createFilterQuery().filterName(shared.name()).singleResult();
    if (filter == null) {
      TaskQuery query = shared.criteria().apply(taskService.createTaskQuery());
      filter = filterService.newTaskFilter(shared.name())
          .setQuery(query)
          .setProperties(Map.of("priority", shared.priority(), "description", shared.description(), "refresh", true));
      filterService.saveFilter(filter);
      log.info("Created Tasklist filter '{}'", shared.name());
    }
    for (ServiceGroup group : shared.readers()) {
      grant(group.id(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
