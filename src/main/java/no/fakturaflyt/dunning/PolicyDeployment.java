package no.fakturaflyt.dunning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Service;

/**
 * Deploys a checked reminder policy, and moves running follow-ups to it with Camunda's migration API. The follow-up
 * binds its table to its own deployment, so a new policy is deployed with the models it runs beside: every resource
 * of the deployment in force, with the new table in place of the old. Both run as the user who asked, set on the
 * engine's identity service, so that the engine's user-operation log (the system log) records who deployed and who
 * migrated.
 */
@Service
public class PolicyDeployment {

    /** Deployments made here; {@code ModelDeployment} compares with its own by name, so a restart keeps them. */
    public static final String DEPLOYMENT_NAME = "reminder-policy";
    static final String SOURCE = "reminder-policy-screen";

    public record Deployed(String deploymentId, String decisionDefinitionId, int version,
            String processDefinitionId) {
    }

    /** A running follow-up that moves to the version in force. */
    public record Move(String processInstanceId, Long invoiceNumber, String fromDefinitionId, int fromVersion,
            List<String> at) {
    }

    /** One that cannot move, and why. */
    public record Stay(String processInstanceId, Long invoiceNumber, String fromDefinitionId, String reason) {
    }

    public record Preview(String targetDefinitionId, int targetVersion, List<Move> moving, List<Stay> staying) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final PolicyValidation validation;
    private final PolicyVersions versions;
    private final FollowUpCaseRepository cases;
    private final no.fakturaflyt.invoicing.InvoiceService invoices;

    PolicyDeployment(RepositoryService repository, RuntimeService runtime, IdentityService identity,
            PolicyValidation validation, PolicyVersions versions, FollowUpCaseRepository cases,
            no.fakturaflyt.invoicing.InvoiceService invoices) {
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.validation = validation;
        this.versions = versions;
        this.cases = cases;
        this.invoices = invoices;
    }

    /**
     * Checks the candidate again and deploys it with the models of the deployment in force.
     *
     * @throws PolicyRejectedException when it may not be deployed; nothing is then deployed
     */
    public Deployed deploy(String xml, String user) {
        PolicyTable table = validation.check(xml);
        ProcessDefinition inForce = versions.latestFollowUp();
        String policyResource = repository.createDecisionDefinitionQuery().deploymentId(inForce.getDeploymentId())
                .decisionDefinitionKey(ReminderPolicy.DECISION_KEY).singleResult().getResourceName();
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).source(SOURCE);
        for (String resource : repository.getDeploymentResourceNames(inForce.getDeploymentId())) {
            byte[] content = resource.equals(policyResource) ? table.xml().getBytes(StandardCharsets.UTF_8)
                    : read(inForce.getDeploymentId(), resource);
            builder.addInputStream(resource, new ByteArrayInputStream(content));
        }
        DeploymentWithDefinitions deployment = asUser(user, builder::deployWithResult);
        var decision = deployment.getDeployedDecisionDefinitions().stream()
                .filter(d -> d.getKey().equals(ReminderPolicy.DECISION_KEY)).findFirst().orElseThrow();
        var process = deployment.getDeployedProcessDefinitions().stream()
                .filter(p -> p.getKey().equals(PaymentFollowUp.PROCESS_KEY)).findFirst().orElseThrow();
        return new Deployed(deployment.getId(), decision.getId(), decision.getVersion(), process.getId());
    }

    /** Which running follow-ups on older versions would move to the version in force, and which cannot, and why. */
    public Preview preview() {
        ProcessDefinition target = versions.latestFollowUp();
        List<Move> moving = new ArrayList<>();
        List<Stay> staying = new ArrayList<>();
        Map<String, MigrationPlan> plans = new LinkedHashMap<>();
        Map<String, String> planProblems = new LinkedHashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionKey(PaymentFollowUp.PROCESS_KEY).list()) {
            String source = instance.getProcessDefinitionId();
            Long number = invoiceNumber(instance.getId());
            if (source.equals(target.getId())) {
                continue;
            }
            MigrationPlan plan = plans.get(source);
            if (plan == null && !planProblems.containsKey(source)) {
                try {
                    plan = runtime.createMigrationPlan(source, target.getId()).mapEqualActivities().build();
                    plans.put(source, plan);
                } catch (RuntimeException e) {
                    planProblems.put(source, "no migration plan from " + source + ": " + e.getMessage());
                }
            }
            if (plan == null) {
                staying.add(new Stay(instance.getId(), number, source, planProblems.get(source)));
                continue;
            }
            Set<String> mapped = new LinkedHashSet<>();
            plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId).forEach(mapped::add);
            Set<String> at = new LinkedHashSet<>();
            ActivityInstance tree = runtime.getActivityInstance(instance.getId());
            if (tree == null) {
                staying.add(new Stay(instance.getId(), number, source, "it ended while this was prepared"));
                continue;
            }
            collect(tree, at);
            at.remove(tree.getActivityId());
            List<String> unmapped = at.stream().filter(a -> !mapped.contains(a)).toList();
            if (instance.isSuspended()) {
                staying.add(new Stay(instance.getId(), number, source, "it is suspended"));
            } else if (!unmapped.isEmpty()) {
                staying.add(new Stay(instance.getId(), number, source, "it waits at " + unmapped
                        + ", which the new version does not have"));
            } else {
                moving.add(new Move(instance.getId(), number, source,
                        repository.getProcessDefinition(source).getVersion(), List.copyOf(at)));
            }
        }
        return new Preview(target.getId(), target.getVersion(), moving, staying);
    }

    /** Moves every follow-up the preview lets move; returns what moved and what stayed. */
    public Preview migrate(String user) {
        Preview preview = preview();
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        preview.moving().forEach(m -> bySource.computeIfAbsent(m.fromDefinitionId(), k -> new ArrayList<>())
                .add(m.processInstanceId()));
        asUser(user, () -> {
            bySource.forEach((source, ids) -> runtime.newMigration(runtime.createMigrationPlan(source,
                    preview.targetDefinitionId()).mapEqualActivities().build()).processInstanceIds(ids).execute());
            return null;
        });
        return preview;
    }

    private Long invoiceNumber(String processInstanceId) {
        return cases.findByProcessInstanceIdInOrderByInvoiceIdAsc(List.of(processInstanceId)).stream().findFirst()
                .map(c -> invoices.get(c.getInvoiceId()).getInvoiceNumber()).orElse(null);
    }

    private static void collect(ActivityInstance instance, Set<String> at) {
        at.add(instance.getActivityId());
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            at.add(transition.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, at);
        }
    }

    /**
     * Runs an engine command as {@code user}: the engine's user-operation log records him. Keeps the groups the
     * request already gave the engine for this user; restores whatever was set before.
     */
    private <T> T asUser(String user, Supplier<T> command) {
        Authentication before = identity.getCurrentAuthentication();
        List<String> groups = before != null && user.equals(before.getUserId()) && before.getGroupIds() != null
                ? before.getGroupIds()
                : identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return command.get();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }

    private byte[] read(String deploymentId, String resource) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
