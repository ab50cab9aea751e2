package no.fakturaflyt.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sets up the four roles as Camunda groups with fitting authorizations, the Tasklist filter clerks work from, and
 * the configured users. Runs at every start and only adds what is missing.
 */
@Component
class IdentitySetup {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
    static final String CLERK_FILTER = "Invoices needing a clerk";
    static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final SecurityProperties properties;

    IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService, SecurityProperties properties) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.properties = properties;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void setUp() {
        group(Roles.ADMINS, "Administrators");
        group(Roles.CLERKS, "Clerks");
        group(Roles.PROCESS_OWNERS, "Process owners");
        group(Roles.AUDITORS, "Auditors");
        group(CAMUNDA_ADMIN, "Camunda administrators");
        grantAll();
        for (SecurityProperties.SeedUser seed : properties.users()) {
            user(seed);
        }
        clerkFilter();
    }

    private void grantAll() {
        for (Resource resource : Resources.values()) {
            grant(Roles.ADMINS, resource, ANY, Permissions.ALL);
            grant(CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        grant(Roles.CLERKS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.CLERKS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(Roles.CLERKS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE,
                ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
        grant(Roles.CLERKS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE,
                TaskPermissions.TASK_WORK);
        // the reminder policy (DMN) is evaluated when a clerk's action reaches it
        grant(Roles.CLERKS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);

        grant(Roles.PROCESS_OWNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.PROCESS_OWNERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        for (Resource resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION,
                Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.BATCH)) {
            grant(Roles.PROCESS_OWNERS, resource, ANY, Permissions.ALL);
        }
        grant(Roles.PROCESS_OWNERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.UPDATE);
        grant(Roles.PROCESS_OWNERS, Resources.TASK, ANY, Permissions.READ);
        grant(Roles.PROCESS_OWNERS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);

        // auditors: read everything that tells an invoice's history, change nothing
        grant(Roles.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.AUDITORS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grant(Roles.AUDITORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Roles.AUDITORS, Resources.TASK, ANY, Permissions.READ);
        grant(Roles.AUDITORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Roles.AUDITORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(Roles.AUDITORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(Roles.AUDITORS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
    }

    private void group(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void user(SecurityProperties.SeedUser seed) {
        if (identityService.createUserQuery().userId(seed.id()).count() == 0) {
            User user = identityService.newUser(seed.id());
            user.setFirstName(seed.firstName());
            user.setLastName(seed.lastName());
            user.setEmail(seed.email());
            user.setPassword(seed.password());
            identityService.saveUser(user);
            LOG.info("Created user '{}' in groups {}", seed.id(), seed.groups());
        }
        List<String> groups = new java.util.ArrayList<>(seed.groups() == null ? List.of() : seed.groups());
        if (groups.contains(Roles.ADMINS)) {
            // the webapps recognise an administrator by Camunda's own group; without one they ask for a setup
            groups.add(CAMUNDA_ADMIN);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(seed.id()).memberOfGroup(group).count() == 0) {
                identityService.createMembership(seed.id(), group);
            }
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null && java.util.Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;   // nothing to add: a restart writes nothing
        }
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    /** Tasklist shows nothing without a filter: clerks get one with the tasks of their groups. */
    private void clerkFilter() {
        if (filterService.createFilterQuery().filterName(CLERK_FILTER).count() > 0) {
            return;
        }
        TaskQuery query = taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
        Filter filter = filterService.newTaskFilter(CLERK_FILTER);
        filter.setOwner(null);
        filter.setQuery(query);
        filter.setProperties(Map.of(
                "description", "Invoices that could not be delivered and other work for clerks",
                "priority", -10,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", "invoiceNumber", "label", "Invoice"),
                        Map.of("name", "customerName", "label", "Customer"),
                        Map.of("name", "deliveryFailureReason", "label", "Problem"))));
        filterService.saveFilter(filter);
        for (String group : List.of(Roles.CLERKS, Roles.ADMINS, Roles.PROCESS_OWNERS, Roles.AUDITORS)) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
