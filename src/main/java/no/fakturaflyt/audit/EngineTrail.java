package no.fakturaflyt.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * The engine's history of every process instance that concerned a document, running or finished: the instances
 * found by the document's business key or stored instance id, and every instance they called, with activities,
 * user operations, incidents and DMN decisions.
 */
@Component
class EngineTrail {

    private final HistoryService history;

    EngineTrail(HistoryService history) {
        this.history = history;
    }

    /** The instances by business key or id, then their called instances, depth first; no instance twice. */
    List<HistoricProcessInstance> instances(String businessKey, List<String> knownIds) {
        Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
        List<HistoricProcessInstance> roots = new ArrayList<>(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list());
        for (String id : knownIds) {
            if (id != null) {
                roots.addAll(history.createHistoricProcessInstanceQuery().processInstanceId(id).list());
            }
        }
        for (HistoricProcessInstance root : roots) {
            collect(root, found);
        }
        return new ArrayList<>(found.values());
    }

    private void collect(HistoricProcessInstance instance, Map<String, HistoricProcessInstance> found) {
        if (found.putIfAbsent(instance.getId(), instance) != null) {
            return;
        }
        for (HistoricProcessInstance child : history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).list()) {
            collect(child, found);
        }
    }

    List<TrailEntry> of(HistoricProcessInstance instance) {
        String id = instance.getId();
        String process = instance.getProcessDefinitionKey() + " v" + instance.getProcessDefinitionVersion();
        List<TrailEntry> entries = new ArrayList<>();
        entries.add(entry(instance.getStartTime(), instance.getStartUserId(), "process " + process + " started",
                DomainTrail.field("business key", instance.getBusinessKey()), id));
        if (instance.getEndTime() != null) {
            entries.add(entry(instance.getEndTime(), null, "process " + process + " " + instance.getState()
                    .toLowerCase(), DomainTrail.field("reason", instance.getDeleteReason()), id));
        }
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id)
                .orderPartiallyByOccurrence().asc().list()) {
            entries.add(entry(activity.getStartTime(), activity.getAssignee(), activity.getActivityType() + " "
                    + name(activity), DomainTrail.join(activity.getEndTime() == null ? "still active"
                    : "left " + activity.getEndTime().toInstant() + (activity.isCanceled() ? " (canceled)" : "")),
                    id));
        }
        for (UserOperationLogEntry operation : history.createUserOperationLogQuery().processInstanceId(id)
                .orderByTimestamp().asc().list()) {
            entries.add(entry(operation.getTimestamp(), operation.getUserId(), "user operation "
                    + operation.getOperationType() + " on " + operation.getEntityType(), DomainTrail.join(
                    DomainTrail.field(operation.getProperty(), change(operation)),
                    DomainTrail.field("annotation", operation.getAnnotation())), id));
        }
        for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).list()) {
            entries.add(entry(incident.getCreateTime(), null, "incident " + incident.getIncidentType() + " at "
                    + incident.getActivityId(), incident.getIncidentMessage(), id));
            if (incident.getEndTime() != null) {
                entries.add(entry(incident.getEndTime(), null, "incident at " + incident.getActivityId() + " "
                        + (incident.isResolved() ? "resolved" : "deleted"), null, id));
            }
        }
        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery().processInstanceId(id)
                .includeInputs().includeOutputs().list()) {
            entries.add(entry(decision.getEvaluationTime(), decision.getUserId(), "decision "
                    + decision.getDecisionDefinitionKey() + " evaluated", DomainTrail.join("inputs "
                    + decision.getInputs().stream().map(in -> in.getClauseName() + "=" + in.getValue())
                    .collect(Collectors.joining(", ")), "outputs " + decision.getOutputs().stream()
                    .map(out -> out.getVariableName() + "=" + out.getValue() + " (rule " + out.getRuleOrder() + ")")
                    .collect(Collectors.joining(", "))), id));
        }
        return entries;
    }

    private static String name(HistoricActivityInstance activity) {
        return activity.getActivityName() == null ? activity.getActivityId()
                : activity.getActivityName() + " [" + activity.getActivityId() + "]";
    }

    private static String change(UserOperationLogEntry operation) {
        if (operation.getOrgValue() == null && operation.getNewValue() == null) {
            return null;
        }
        return operation.getOrgValue() + " -> " + operation.getNewValue();
    }

    private static TrailEntry entry(Date at, String actor, String what, String details, String instanceId) {
        Instant time = at == null ? null : at.toInstant();
        return new TrailEntry(time, actor == null || actor.isBlank() ? TrailEntry.SYSTEM : actor,
                AuditSources.ENGINE, what, details, instanceId);
    }
}
