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
        reserveApiGroup();
        grantAll();
        for (SecurityProperties.SeedUser seed : properties.users()) {
            user(seed);
        }
        initialAdmin();
        clerkFilter();
        narrowTaskGrants();
    }

    private void grantAll() {
        for (Resource resource : Resources.values()) {
            grant(Roles.ADMINS, resource, ANY, Permissions.ALL);
            grant(CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        // our own API: its engine calls run with this group added by EngineAuthenticationFilter (never a member in
        // the identity service); the API's own rules decide what a user may do there
        for (Resource resource : Resources.values()) {
            if (!IDENTITY_ADMINISTRATION.contains(resource)) {
                exactly(Roles.API, resource, ANY, Permissions.ALL);
            }
        }
        exactly(Roles.API, Resources.USER, ANY, Permissions.READ);
        exactly(Roles.API, Resources.GROUP, ANY, Permissions.READ);

        // clerks in Tasklist: see and work their tasks, read the cases and the models behind them; every change of a
        // case goes through our API. exactly(...) also takes back what earlier versions granted (UPDATE on every
        // process instance, starting any process, setting variables), since the grants live in the database
        exactly(Roles.CLERKS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        exactly(Roles.CLERKS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY);
        exactly(Roles.CLERKS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        exactly(Roles.CLERKS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.TASK_WORK);
        exactly(Roles.CLERKS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        exactly(Roles.CLERKS, Resources.DECISION_DEFINITION, ANY);

        // process owners: deploy models and read how the cases run, change no case
        exactly(Roles.PROCESS_OWNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        exactly(Roles.PROCESS_OWNERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        exactly(Roles.PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ,
                Permissions.DELETE);
        exactly(Roles.PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY);
        exactly(Roles.PROCESS_OWNERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        exactly(Roles.PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        exactly(Roles.PROCESS_OWNERS, Resources.BATCH, ANY, Permissions.READ);
        exactly(Roles.PROCESS_OWNERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        exactly(Roles.PROCESS_OWNERS, Resources.TASK, ANY, Permissions.READ);
        exactly(Roles.PROCESS_OWNERS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);

        // auditors: read everything that tells an invoice's history, change nothing
        exactly(Roles.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        exactly(Roles.AUDITORS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        exactly(Roles.AUDITORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        exactly(Roles.AUDITORS, Resources.TASK, ANY, Permissions.READ);
        exactly(Roles.AUDITORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        exactly(Roles.AUDITORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        exactly(Roles.AUDITORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        exactly(Roles.AUDITORS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
    }

    /**
     * Tasks created before the engine granted TASK_WORK (defaultUserPermissionNameForTask) carry UPDATE for their
     * assignee and candidates, which would let them set the case's variables through the task: narrowed to TASK_WORK.
     */
    private void narrowTaskGrants() {
        for (Authorization authorization : authorizationService.createAuthorizationQuery()
                .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
            if (ANY.equals(authorization.getResourceId()) || Roles.ADMINS.equals(authorization.getGroupId())
                    || CAMUNDA_ADMIN.equals(authorization.getGroupId())
                    || authorization.getAuthorizationType() != AUTH_TYPE_GRANT) {
                continue;
            }
            authorization.setPermissions(new Permission[] {TaskPermissions.TASK_WORK});
            authorizationService.saveAuthorization(authorization);
        }
    }

    /** Resources only administrators manage: who exists, who is in which group, who may do what. */
    private static final java.util.Set<Resource> IDENTITY_ADMINISTRATION = java.util.Set.of(Resources.USER,
            Resources.GROUP, Resources.GROUP_MEMBERSHIP, Resources.AUTHORIZATION, Resources.TENANT,
            Resources.TENANT_MEMBERSHIP, Resources.SYSTEM, Resources.APPLICATION);

    /**
     * The group's grant on this resource is these permissions and no others (none: no grant at all), whatever an
     * earlier start left in the database.
     */
    private void exactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
        if (permissions.length == 0) {
            if (existing != null) {
                authorizationService.deleteAuthorization(existing.getId());
            }
            return;
        }
        if (existing != null && mask(existing.getPermissions(specificPermissions(resource))) == mask(permissions)) {
            return;   // a restart writes nothing
        }
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.setPermissions(permissions);
        authorizationService.saveAuthorization(authorization);
    }

    private static int mask(Permission[] permissions) {
        int mask = 0;
        for (Permission permission : permissions) {
            mask |= permission.getValue();
        }
        return mask;
    }

    private static Permission[] specificPermissions(Resource resource) {
        Permission[] specific = org.camunda.bpm.engine.impl.util.ResourceTypeUtil.getPermissionsByResourceType(
                resource.resourceType());
        return specific == null ? new Permission[0] : specific;
    }

    /**
     * The API's internal group must have no members: a user in it would carry the API's engine grants into engine
     * REST and the webapps. A group of that name in the identity service is removed.
     */
    private void reserveApiGroup() {
        if (identityService.createGroupQuery().groupId(Roles.API).count() > 0) {
            LOG.warn("Removing the group '{}' from the identity service: the id is reserved for the API", Roles.API);
            identityService.deleteGroup(Roles.API);
        }
    }

    /**
     * Outside the demo nobody is seeded: the first administrator comes from
     * {@code fakturaflyt.security.initial-admin}, and only while no administrator exists. Without its password then,
     * the application does not start.
     */
    private void initialAdmin() {
        if (identityService.createUserQuery().memberOfGroup(Roles.ADMINS).count() > 0) {
            return;
        }
        SecurityProperties.InitialAdmin admin = properties.initialAdmin();
        String password = admin.password();
        if (password == null || password.isBlank()
                || password.length() < SecurityProperties.InitialAdmin.MIN_PASSWORD_LENGTH
                || ProductionSettingsCheck.DOCUMENTED_DEFAULTS.contains(password.trim().toLowerCase())) {
            throw new IllegalStateException("No administrator exists yet: set fakturaflyt.security.initial-admin."
                    + "password (FAKTURAFLYT_SECURITY_INITIALADMIN_PASSWORD), at least "
                    + SecurityProperties.InitialAdmin.MIN_PASSWORD_LENGTH + " characters and not a documented "
                    + "default, for the first administrator '" + admin.id() + "' (see docs/security.md)");
        }
        user(new SecurityProperties.SeedUser(admin.id(), password, null, "Administrator", admin.email(),
                List.of(Roles.ADMINS)));
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
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
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
