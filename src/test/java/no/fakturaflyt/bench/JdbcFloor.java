package no.fakturaflyt.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC floor of a benchmark: the rows the measured run left for each unit of work, copied into a throwaway schema
 * {@code bench_floor} with plain JDBC batches and one commit per unit. Tables there are {@code LIKE} the real ones
 * without constraints or indexes, so this is what writing the application's own rows costs at the least; the engine's
 * tables are not in it. B1's unit is an invoice ({@link #invoiceRows}: the invoice, its lines, history events, stored
 * PDF, delivery attempts and open item; vouchers not included); B2's a first reminder ({@link #reminderRows}: the
 * follow-up step, its fee voucher and lines, the fee's open item, the letter and its delivery attempt).
 */
final class JdbcFloor {

    /** One table's rows of the units: {@code select} gives the unit's key first, then the table's columns. */
    record Source(String table, String select) {
    }

    static final List<String> TABLES = List.of("invoice", "invoice_line", "invoice_event", "stored_document",
            "delivery_attempt", "open_item");

    private final DataSource dataSource;
    private final List<Source> sources;
    private int rowsWritten;

    private JdbcFloor(DataSource dataSource, List<Source> sources) {
        this.dataSource = dataSource;
        this.sources = sources;
    }

    /** B1: an invoice's own rows, keyed by the invoice id. */
    static JdbcFloor invoiceRows(DataSource dataSource) {
        return new JdbcFloor(dataSource, TABLES.stream().map(table -> {
            String key = table.equals("invoice") ? "id" : "invoice_id";
            return new Source(table, "select t." + key + ", t.* from public." + table + " t where t." + key
                    + " = any (?)");
        }).toList());
    }

    /** B2: a first reminder's own rows, keyed by the id of its follow-up step. */
    static JdbcFloor reminderRows(DataSource dataSource) {
        return new JdbcFloor(dataSource, List.of(
                new Source("follow_up_step", "select s.id, s.* from public.follow_up_step s where s.id = any (?)"),
                new Source("voucher", "select s.id, v.* from public.voucher v join public.follow_up_step s"
                        + " on s.voucher_id = v.id where s.id = any (?)"),
                new Source("voucher_line", "select s.id, l.* from public.voucher_line l join public.follow_up_step s"
                        + " on s.voucher_id = l.voucher_id where s.id = any (?)"),
                new Source("open_item", "select s.id, o.* from public.open_item o join public.follow_up_step s"
                        + " on o.reference = s.step join public.follow_up_case c on c.id = s.case_id"
                        + " and o.concerns_invoice_id = c.invoice_id where o.item_type = 'REMINDER_FEE'"
                        + " and s.id = any (?)"),
                new Source("stored_document", "select s.id, d.* from public.stored_document d"
                        + " join public.follow_up_step s on s.document_id = d.id where s.id = any (?)"),
                new Source("delivery_attempt", "select s.id, a.* from public.delivery_attempt a"
                        + " join public.follow_up_step s on s.document_id = a.document_id where s.id = any (?)")));
    }

    int rowsWritten() {
        return rowsWritten;
    }

    /** @return seconds spent writing (reading the rows and creating the schema are not counted) */
    double run(List<Long> keys) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Map<Long, List<Object[]>>> rows = new LinkedHashMap<>();
            Map<String, Integer> columns = new HashMap<>();
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop schema if exists bench_floor cascade");
                ddl.execute("create schema bench_floor");
                for (Source source : sources) {
                    ddl.execute("create table bench_floor." + source.table() + " (like public." + source.table()
                            + " including defaults)");
                }
            }
            for (Source source : sources) {
                Map<Long, List<Object[]>> byKey = new HashMap<>();
                try (PreparedStatement select = connection.prepareStatement(source.select())) {
                    select.setArray(1, connection.createArrayOf("bigint", keys.toArray()));
                    try (ResultSet rs = select.executeQuery()) {
                        int count = rs.getMetaData().getColumnCount() - 1;
                        columns.put(source.table(), count);
                        while (rs.next()) {
                            Object[] row = new Object[count];
                            for (int c = 0; c < count; c++) {
                                row[c] = rs.getObject(c + 2);
                            }
                            byKey.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row);
                        }
                    }
                }
                rows.put(source.table(), byKey);
            }

            connection.setAutoCommit(false);
            Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
            try {
                for (Source source : sources) {
                    inserts.put(source.table(), connection.prepareStatement("insert into bench_floor."
                            + source.table() + " values ("
                            + String.join(",", java.util.Collections.nCopies(columns.get(source.table()), "?")) + ")"));
                }
                long start = System.nanoTime();
                for (Long key : keys) {
                    for (Source source : sources) {
                        List<Object[]> tableRows = rows.get(source.table()).getOrDefault(key, List.of());
                        if (tableRows.isEmpty()) {
                            continue;
                        }
                        PreparedStatement insert = inserts.get(source.table());
                        for (Object[] row : tableRows) {
                            for (int c = 0; c < row.length; c++) {
                                insert.setObject(c + 1, row[c]);
                            }
                            insert.addBatch();
                            rowsWritten++;
                        }
                        insert.executeBatch();
                    }
                    connection.commit();
                }
                return (System.nanoTime() - start) / 1e9;
            } finally {
                for (PreparedStatement insert : inserts.values()) {
                    insert.close();
                }
                connection.setAutoCommit(true);
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("drop schema if exists bench_floor cascade");
                }
            }
        }
    }
}
