package no.fakturaflyt.dunning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.fakturaflyt.common.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The deployed versions of the reminder policy. The follow-up binds its table to its own deployment
 * ({@code decisionRefBinding="deployment"}), so the version in force for new cases is the one deployed with the latest
 * {@code payment-follow-up}, and each running case keeps the one of the deployment it started in.
 */
@Component
public class PolicyVersions {

    /** One deployed version; {@code inForce} for the one new cases get. */
    public record Version(String decisionDefinitionId, int version, String deploymentId, String deploymentName,
            Instant deployedAt, String deployedBy, boolean inForce) {
    }

    private final RepositoryService repository;
    private final HistoryService history;
    private final Map<String, PolicyTable> tables = new ConcurrentHashMap<>();

    PolicyVersions(RepositoryService repository, HistoryService history) {
        this.repository = repository;
        this.history = history;
    }

    public List<Version> versions() {
        String inForce = inForceDeploymentId();
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(ReminderPolicy.DECISION_KEY)
                .orderByDecisionDefinitionVersion().desc().list().stream().map(d -> {
                    Deployment deployment = repository.createDeploymentQuery().deploymentId(d.getDeploymentId())
                            .singleResult();
                    return new Version(d.getId(), d.getVersion(), d.getDeploymentId(), deployment.getName(),
                            deployment.getDeploymentTime().toInstant(), deployedBy(d.getDeploymentId()),
                            d.getDeploymentId().equals(inForce));
                }).toList();
    }

    /** Who deployed it, from the engine's user-operation log (none for the start-up deployment of bpmn/). */
    private String deployedBy(String deploymentId) {
        return history.createUserOperationLogQuery().deploymentId(deploymentId).entityType(EntityTypes.DEPLOYMENT)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The latest follow-up definition: new cases start in it. */
    public ProcessDefinition latestFollowUp() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                .latestVersion().singleResult();
    }

    public String inForceDeploymentId() {
        return latestFollowUp().getDeploymentId();
    }

    /** The table of one deployed version. */
    public PolicyTable table(String decisionDefinitionId) {
        return tables.computeIfAbsent(decisionDefinitionId, id -> {
            DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionId(id)
                    .decisionDefinitionKey(ReminderPolicy.DECISION_KEY).singleResult();
            if (definition == null) {
                throw new NotFoundException("Reminder policy version", id);
            }
            try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(),
                    definition.getResourceName())) {
                return PolicyTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The table a case started in this deployment evaluates. */
    public PolicyTable tableOfDeployment(String deploymentId) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().deploymentId(deploymentId)
                .decisionDefinitionKey(ReminderPolicy.DECISION_KEY).singleResult();
        if (definition == null) {
            throw new NotFoundException("Reminder policy of deployment", deploymentId);
        }
        return table(definition.getId());
    }

    public PolicyTable inForce() {
        return tableOfDeployment(inForceDeploymentId());
    }
}
