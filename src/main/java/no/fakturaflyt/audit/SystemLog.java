package no.fakturaflyt.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.stereotype.Component;

/**
 * Who changed what and when, from the engine's user-operation log: deployments, suspended and migrated instances,
 * variables set, tasks completed, users and groups changed. Filterable by user, operation, entity type and date.
 */
@Component
class SystemLog {

    static final int LIMIT = 500;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** One logged change. */
    record Entry(Instant at, String user, String category, String operation, String entityType, String property,
            String before, String after, String processInstanceId, String deploymentId, String annotation) {
    }

    /** What to filter by; every field optional. */
    record Filter(String user, String operation, String entityType, LocalDate from, LocalDate to) {
    }

    private final HistoryService history;

    SystemLog(HistoryService history) {
        this.history = history;
    }

    List<Entry> find(Filter filter) {
        UserOperationLogQuery query = history.createUserOperationLogQuery();
        if (filter.user() != null && !filter.user().isBlank()) {
            query.userId(filter.user().strip());
        }
        if (filter.operation() != null && !filter.operation().isBlank()) {
            query.operationType(filter.operation().strip());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            query.entityType(filter.entityType().strip());
        }
        if (filter.from() != null) {
            query.afterTimestamp(Date.from(filter.from().atStartOfDay(OSLO).toInstant()));
        }
        if (filter.to() != null) {
            query.beforeTimestamp(Date.from(filter.to().plusDays(1).atStartOfDay(OSLO).toInstant()));
        }
        return query.orderByTimestamp().desc().listPage(0, LIMIT).stream().map(e -> new Entry(
                e.getTimestamp().toInstant(), e.getUserId(), e.getCategory(), e.getOperationType(),
                e.getEntityType(), e.getProperty(), e.getOrgValue(), e.getNewValue(), e.getProcessInstanceId(),
                e.getDeploymentId(), e.getAnnotation())).toList();
    }
}
