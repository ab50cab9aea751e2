package no.fakturaflyt.audit;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import no.fakturaflyt.common.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** The activities a process instance entered, in order, and which of them it is still in. */
@Component
class InstancePaths {

    /** One activity entered; {@code current} while it has not ended. */
    record Step(String activityId, String name, String type, Instant started, Instant ended, boolean current) {
    }

    private final HistoryService history;

    InstancePaths(HistoryService history) {
        this.history = history;
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
