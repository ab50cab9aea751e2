package no.fakturaflyt.audit;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.RecordedChange;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The application's own records for the system log: each {@link RecordedChange} a service publishes is written to
 * {@code system_record} at once, on the publisher's thread and so in its transaction (a change that rolls back leaves
 * no record, and no change goes unrecorded). This is the only thing the audit module writes; nothing updates or
 * deletes a record.
 */
@Component
class SystemRecords {

    static final String CATEGORY = "Application";
    private static final String SYSTEM = "system";
    private static final int MAX_VALUE = 4000;
    private static final ZoneId OSLO = OsloClock.OSLO;

    private final JdbcTemplate jdbc;
    private final OsloClock clock;

    SystemRecords(JdbcTemplate jdbc, OsloClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void record(RecordedChange change) {
        jdbc.update("insert into system_record (recorded_at, user_id, entity_type, entity_id, operation, property,"
                + " value_before, value_after) values (?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.from(clock.now()),
                change.user() != null ? change.user() : currentUser(), change.entityType(), change.entityId(),
                change.operation(), cut(change.property(), 400), cut(change.before(), MAX_VALUE),
                cut(change.after(), MAX_VALUE));
    }

    /** The records matching the filter, newest first, at most {@code limit}. */
    List<SystemLog.Entry> find(SystemLog.Filter filter, int limit) {
        StringBuilder sql = new StringBuilder("select recorded_at, user_id, entity_type, entity_id, operation,"
                + " property, value_before, value_after from system_record where 1 = 1");
        List<Object> args = new ArrayList<>();
        condition(sql, args, "user_id = ?", SystemLog.text(filter.user()));
        condition(sql, args, "operation = ?", SystemLog.text(filter.operation()));
        condition(sql, args, "entity_type = ?", SystemLog.text(filter.entityType()));
        condition(sql, args, "recorded_at >= ?", filter.from() == null ? null
                : Timestamp.from(filter.from().atStartOfDay(OSLO).toInstant()));
        condition(sql, args, "recorded_at < ?", filter.to() == null ? null
                : Timestamp.from(filter.to().plusDays(1).atStartOfDay(OSLO).toInstant()));
        sql.append(" order by recorded_at desc, id desc limit ").append(limit);
        return jdbc.query(sql.toString(), (rs, i) -> new SystemLog.Entry(rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("user_id"), CATEGORY, rs.getString("operation"), rs.getString("entity_type"),
                rs.getString("property"), rs.getString("value_before"), rs.getString("value_after"), null, null,
                null, rs.getString("entity_id")), args.toArray());
    }

    private static void condition(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            args.add(value);
        }
    }

    private static String currentUser() {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        return login == null || !login.isAuthenticated() ? SYSTEM : login.getName();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
