package no.fakturaflyt.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts what a benchmark asked of PostgreSQL, from {@code pg_stat_statements} (loaded by the embedded server when
 * the bench profile runs): statements executed, transactions committed, rows touched and the statements that took
 * the most time. Without the extension (a benchmark run outside the profile) it reports nothing and says why.
 */
final class SqlStatements {

    private static final int TOP = 12;

    private final JdbcTemplate jdbc;
    private final boolean available;
    private long commitsBefore;

    SqlStatements(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.available = Boolean.TRUE.equals(jdbc.queryForObject(
                "select current_setting('shared_preload_libraries') like '%pg_stat_statements%'", Boolean.class));
        if (available) {
            jdbc.execute("create extension if not exists pg_stat_statements");
        }
    }

    /** Forgets what was counted so far: call it right before the measured part. */
    void reset() {
        if (!available) {
            return;
        }
        jdbc.queryForObject("select pg_stat_statements_reset()", Object.class);
        commitsBefore = commits();
    }

    /**
     * Adds the counts since {@link #reset()} to the figures under {@code prefix}: statements and commits in all and
     * per unit of work ({@code units}, e.g. invoices), and the slowest statements by total time.
     */
    void report(Map<String, Object> figures, String prefix, int units) {
        if (!available) {
            figures.put(prefix + ".note", "pg_stat_statements not loaded (run with -Pbench)");
            return;
        }
        long commits = commits() - commitsBefore;
        Map<String, Object> totals = jdbc.queryForMap("""
                select coalesce(sum(calls), 0) as calls, coalesce(sum(rows), 0) as rows,
                       coalesce(sum(total_exec_time), 0) as ms
                from pg_stat_statements
                where query not ilike '%pg_stat_statements%' and dbid = (select oid from pg_database
                                                                        where datname = current_database())""");
        long calls = ((Number) totals.get("calls")).longValue();
        figures.put(prefix + ".statements", calls);
        figures.put(prefix + ".statementsPerUnit", BenchReport.round((double) calls / units));
        figures.put(prefix + ".commits", commits);
        figures.put(prefix + ".commitsPerUnit", BenchReport.round((double) commits / units));
        figures.put(prefix + ".rows", ((Number) totals.get("rows")).longValue());
        figures.put(prefix + ".serverMs", Math.round(((Number) totals.get("ms")).doubleValue()));
        List<Map<String, Object>> top = new ArrayList<>();
        jdbc.query("""
                select calls, rows, total_exec_time, query from pg_stat_statements
                where query not ilike '%pg_stat_statements%' and dbid = (select oid from pg_database
                                                                        where datname = current_database())
                order by total_exec_time desc limit ?""", rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("calls", rs.getLong("calls"));
            row.put("rows", rs.getLong("rows"));
            row.put("totalMs", Math.round(rs.getDouble("total_exec_time")));
            String query = rs.getString("query").replaceAll("\\s+", " ");
            row.put("query", query.length() > 160 ? query.substring(0, 160) + "…" : query);
            top.add(row);
        }, TOP);
        figures.put(prefix + ".slowest", top);
        List<Map<String, Object>> busiest = new ArrayList<>();
        jdbc.query("""
                select calls, query from pg_stat_statements
                where query not ilike '%pg_stat_statements%' and dbid = (select oid from pg_database
                                                                        where datname = current_database())
                order by calls desc limit ?""", rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("calls", rs.getLong("calls"));
            row.put("perUnit", BenchReport.round((double) rs.getLong("calls") / units));
            String query = rs.getString("query").replaceAll("\\s+", " ");
            row.put("query", query.length() > 120 ? query.substring(0, 120) + "…" : query);
            busiest.add(row);
        }, TOP);
        figures.put(prefix + ".mostFrequent", busiest);
    }

    private long commits() {
        jdbc.queryForObject("select pg_stat_clear_snapshot()", Object.class);
        return jdbc.queryForObject(
                "select xact_commit from pg_stat_database where datname = current_database()", Long.class);
    }
}
