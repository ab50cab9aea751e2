package no.fakturaflyt.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import no.fakturaflyt.common.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The activities a process instance entered, in order, and which of them it is still in; and the diagram it ran on
 * with those marks, for the BPMN viewer of the trail page ({@code assets/audit-diagram.js}).
 */
@Component
class InstancePaths {

    /** One activity entered; {@code current} while it has not ended. */
    record Step(String activityId, String name, String type, Instant started, Instant ended, boolean current) {
    }

    /** The deployed BPMN of an instance and the activities it passed and is in, for a BPMN viewer to mark. */
    record Diagram(String processInstanceId, String processDefinitionId, String bpmnXml, List<String> passed,
            List<String> active) {
    }

    private final HistoryService history;
    private final RepositoryService repository;

    InstancePaths(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** The definition version the instance ran on (running or finished) with its path; 404 for an unknown id. */
    Diagram diagram(String id) {
        HistoricProcessInstance instance = instance(id);
        List<Step> steps = steps(id);
        try (InputStream xml = repository.getProcessModel(instance.getProcessDefinitionId())) {
            return new Diagram(id, instance.getProcessDefinitionId(),
                    new String(xml.readAllBytes(), StandardCharsets.UTF_8),
                    steps.stream().map(Step::activityId).distinct().toList(),
                    steps.stream().filter(Step::current).map(Step::activityId).distinct().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HistoricProcessInstance instance(String id) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(id)
                .singleResult();
        if (instance == null) {
            throw new NotFoundException("Process instance", id);
        }
        return instance;
    }

    List<Step> steps(String id) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(id).orderPartiallyByOccurrence().asc()
                .list().stream().map(InstancePaths::step).toList();
    }

    private static Step step(HistoricActivityInstance a) {
        return new Step(a.getActivityId(), a.getActivityName() == null ? a.getActivityId() : a.getActivityName(),
                a.getActivityType(), instant(a.getStartTime()), instant(a.getEndTime()), a.getEndTime() == null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
