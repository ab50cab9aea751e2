package no.fakturaflyt.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.stereotype.Component;

/**
 * Who changed what and when: the engine's user-operation log (deployments, suspended and migrated instances,
 * variables set, tasks completed, users and groups changed) merged with the application's own records
 * ({@link SystemRecords}: settings, templates, chart, fiscal years, follow-up cases), newest first. Filterable by
 * user, operation, entity type and date.
 */
@Component
class SystemLog {

    static final int LIMIT = 500;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /**
     * One logged change; {@code category} is the engine's ({@code Operator}, {@code TaskWorker}, {@code Admin}) or
     * {@code Application} for our own records, whose {@code reference} names the thing changed where the entity type
     * alone does not (an invoice number, a customer, a year).
     */
    record Entry(Instant at, String user, String category, String operation, String entityType, String property,
            String before, String after, String processInstanceId, String deploymentId, String annotation,
            String reference) {
    }

    /** What to filter by; every field optional. */
    record Filter(String user, String operation, String entityType, LocalDate from, LocalDate to) {
    }

    private final HistoryService history;
    private final SystemRecords records;

    SystemLog(HistoryService history, SystemRecords records) {
        this.history = history;
        this.records = records;
    }

    List<Entry> find(Filter filter) {
        return Stream.concat(engine(filter).stream(), records.find(filter, LIMIT).stream())
                .sorted(Comparator.comparing(Entry::at).reversed()).limit(LIMIT).toList();
    }

    private List<Entry> engine(Filter filter) {
        UserOperationLogQuery query = history.createUserOperationLogQuery();
        if (text(filter.user()) != null) {
            query.userId(text(filter.user()));
        }
        if (text(filter.operation()) != null) {
            query.operationType(text(filter.operation()));
        }
        if (text(filter.entityType()) != null) {
            query.entityType(text(filter.entityType()));
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
                e.getDeploymentId(), e.getAnnotation(), null)).toList();
    }

    /** A filter value stripped, or {@code null} when it is empty. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
