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
 * Floor (a) of B1: the rows the billing run left for its invoices (the invoice, its lines, history events, stored
 * PDF, delivery attempts and open item), copied into a throwaway schema {@code bench_floor} with plain JDBC batches
 * and one commit per invoice. Tables there are {@code LIKE} the real ones without constraints or indexes, so this is
 * what writing the application's own rows costs at the least; ledger vouchers and the engine's tables are not in it.
 */
final class JdbcFloor {

    static final List<String> TABLES = List.of("invoice", "invoice_line", "invoice_event", "stored_document",
            "delivery_attempt", "open_item");

    private final DataSource dataSource;
    private int rowsWritten;

    JdbcFloor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int rowsWritten() {
        return rowsWritten;
    }

    /** @return seconds spent writing (reading the rows and creating the schema are not counted) */
    double run(List<Long> invoiceIds) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Map<Long, List<Object[]>>> rows = new LinkedHashMap<>();
            Map<String, Integer> columns = new HashMap<>();
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop schema if exists bench_floor cascade");
                ddl.execute("create schema bench_floor");
                for (String table : TABLES) {
                    ddl.execute("create table bench_floor." + table + " (like public." + table
                            + " including defaults)");
                }
            }
            for (String table : TABLES) {
                String key = table.equals("invoice") ? "id" : "invoice_id";
                Map<Long, List<Object[]>> byInvoice = new HashMap<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "select * from public." + table + " where " + key + " = any (?)")) {
                    select.setArray(1, connection.createArrayOf("bigint", invoiceIds.toArray()));
                    try (ResultSet rs = select.executeQuery()) {
                        int count = rs.getMetaData().getColumnCount();
                        columns.put(table, count);
                        while (rs.next()) {
                            Object[] row = new Object[count];
                            for (int c = 0; c < count; c++) {
                                row[c] = rs.getObject(c + 1);
                            }
                            byInvoice.computeIfAbsent(rs.getLong(key), k -> new ArrayList<>()).add(row);
                        }
                    }
                }
                rows.put(table, byInvoice);
            }

            connection.setAutoCommit(false);
            Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
            try {
                for (String table : TABLES) {
                    inserts.put(table, connection.prepareStatement("insert into bench_floor." + table + " values ("
                            + String.join(",", java.util.Collections.nCopies(columns.get(table), "?")) + ")"));
                }
                long start = System.nanoTime();
                for (Long invoiceId : invoiceIds) {
                    for (String table : TABLES) {
                        List<Object[]> tableRows = rows.get(table).getOrDefault(invoiceId, List.of());
                        if (tableRows.isEmpty()) {
                            continue;
                        }
                        PreparedStatement insert = inserts.get(table);
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
