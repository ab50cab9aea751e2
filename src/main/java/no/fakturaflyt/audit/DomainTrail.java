package no.fakturaflyt.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's own records of a document, read straight from the tables: its history entries, the ledger
 * vouchers with their lines, delivery attempts, payments with the bank file they came in, reminders and their fees.
 * Read-only by construction: only selects.
 */
@Component
class DomainTrail {

    private final JdbcTemplate jdbc;

    DomainTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TrailEntry> of(long invoiceId) {
        List<TrailEntry> entries = new ArrayList<>();
        entries.addAll(history(invoiceId));
        entries.addAll(deliveries(invoiceId));
        entries.addAll(payments(invoiceId));
        entries.addAll(reminders(invoiceId));
        entries.addAll(vouchers(voucherIds(invoiceId)));
        return entries;
    }

    private List<TrailEntry> history(long invoiceId) {
        return jdbc.query("select occurred_at, actor, event_type, channel, details from invoice_event"
                + " where invoice_id = ? order by id", (rs, i) -> TrailEntry.of(instant(rs, "occurred_at"),
                rs.getString("actor"), AuditSources.HISTORY, rs.getString("event_type"),
                join(rs.getString("channel") == null ? null : "channel " + rs.getString("channel"),
                        rs.getString("details"))), invoiceId);
    }

    private List<TrailEntry> deliveries(long invoiceId) {
        return jdbc.query("select started_at, finished_at, performed_by, channel, status, recipient, message_id,"
                + " error, comment from delivery_attempt where invoice_id = ? order by id",
                (rs, i) -> TrailEntry.of(instant(rs, "started_at"), rs.getString("performed_by"),
                        AuditSources.DELIVERY, "delivery through " + rs.getString("channel") + ": "
                                + rs.getString("status"),
                        join(field("recipient", rs.getString("recipient")),
                                field("provider reference", rs.getString("message_id")),
                                field("error", rs.getString("error")), field("comment", rs.getString("comment")),
                                field("finished", text(instant(rs, "finished_at"))))), invoiceId);
    }

    private List<TrailEntry> payments(long invoiceId) {
        return jdbc.query("select p.registered_at, p.registered_by, p.amount, p.paid_on, p.source, p.reference,"
                + " p.applied_to_invoice, p.applied_to_fees, p.unallocated, p.reversed_on,"
                + " f.file_name, f.format, f.sha256 from payment p"
                + " left join bank_transaction t on t.payment_id = p.id"
                + " left join bank_file_import f on f.id = t.import_id"
                + " where p.invoice_id = ? order by p.id",
                (rs, i) -> TrailEntry.of(instant(rs, "registered_at"), rs.getString("registered_by"),
                        AuditSources.PAYMENT, "payment of " + rs.getBigDecimal("amount").toPlainString()
                                + " (" + rs.getString("source") + ")",
                        join(field("paid on", rs.getString("paid_on")), field("reference", rs.getString("reference")),
                                field("to invoice", plain(rs, "applied_to_invoice")),
                                field("to fees", plain(rs, "applied_to_fees")),
                                field("unallocated", plain(rs, "unallocated")),
                                field("reversed on", rs.getString("reversed_on")),
                                field("file", rs.getString("file_name") == null ? null : rs.getString("file_name")
                                        + " (" + rs.getString("format") + ", sha256 " + rs.getString("sha256")
                                        + ")"))), invoiceId);
    }

    private List<TrailEntry> reminders(long invoiceId) {
        return jdbc.query("select s.created_at, s.approved_by, s.step, s.sent_on, s.pay_by, s.outstanding,"
                + " s.policy_fee, s.fee, s.fee_cap, s.fee_reasons from follow_up_step s"
                + " join follow_up_case c on c.id = s.case_id where c.invoice_id = ? order by s.id",
                (rs, i) -> TrailEntry.of(instant(rs, "created_at"), rs.getString("approved_by"),
                        AuditSources.FOLLOW_UP, rs.getString("step") + " sent " + rs.getString("sent_on"),
                        join(field("pay by", rs.getString("pay_by")), field("outstanding", plain(rs, "outstanding")),
                                field("policy fee", plain(rs, "policy_fee")), field("fee", plain(rs, "fee")),
                                field("legal cap", plain(rs, "fee_cap")), field("why", rs.getString("fee_reasons")))),
                invoiceId);
    }

    private Set<Long> voucherIds(long invoiceId) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.addAll(jdbc.queryForList("select voucher_id from invoice where id = ? and voucher_id is not null",
                Long.class, invoiceId));
        ids.addAll(jdbc.queryForList("select voucher_id from payment where invoice_id = ? and voucher_id is not null",
                Long.class, invoiceId));
        ids.addAll(jdbc.queryForList("select reversal_voucher_id from payment where invoice_id = ?"
                + " and reversal_voucher_id is not null", Long.class, invoiceId));
        ids.addAll(jdbc.queryForList("select s.voucher_id from follow_up_step s join follow_up_case c"
                + " on c.id = s.case_id where c.invoice_id = ? and s.voucher_id is not null", Long.class, invoiceId));
        return ids;
    }

    private List<TrailEntry> vouchers(Set<Long> ids) {
        List<TrailEntry> entries = new ArrayList<>();
        for (Long id : ids) {
            String lines = String.join("; ", jdbc.query("select account_number, debit, credit, vat_code, description"
                    + " from voucher_line where voucher_id = ? order by line_no", (rs, i) -> rs.getInt(
                    "account_number") + " debit " + plain(rs, "debit") + " credit " + plain(rs, "credit")
                    + (rs.getString("vat_code") == null ? "" : " VAT " + rs.getString("vat_code")), id));
            entries.addAll(jdbc.query("select voucher_number, voucher_date, description, source_type, created_at,"
                    + " created_by from voucher where id = ?", (rs, i) -> TrailEntry.of(instant(rs, "created_at"),
                    rs.getString("created_by"), AuditSources.LEDGER, "voucher " + rs.getLong("voucher_number")
                            + " dated " + rs.getString("voucher_date") + ": " + rs.getString("description"),
                    lines), id));
        }
        return entries;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String plain(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column) == null ? null : rs.getBigDecimal(column).toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static String field(String name, String value) {
        return value == null || value.isBlank() ? null : name + " " + value;
    }

    static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(joined.isEmpty() ? "" : "; ").append(part);
            }
        }
        return joined.toString();
    }
}
