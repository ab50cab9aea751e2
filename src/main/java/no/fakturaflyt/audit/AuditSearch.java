package no.fakturaflyt.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds posted documents by number, customer, KID, amount and date; at most {@link #LIMIT}, newest first. */
@Component
class AuditSearch {

    static final int LIMIT = 100;

    /** One document found. */
    record Found(long id, String kind, Long number, String kid, String customer, BigDecimal total, LocalDate date,
            String status) {
    }

    /** What to search for; every field is optional and they all must match. */
    record Criteria(Long number, String customer, String kid, BigDecimal amount, LocalDate from, LocalDate to) {
    }

    private final JdbcTemplate jdbc;

    AuditSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Found> find(Criteria criteria) {
        StringBuilder sql = new StringBuilder("select id, invoice_type, interest_note, invoice_number, kid, buyer_name,"
                + " total, invoice_date, status from invoice where invoice_number is not null");
        List<Object> args = new ArrayList<>();
        if (criteria.number() != null) {
            sql.append(" and invoice_number = ?");
            args.add(criteria.number());
        }
        if (criteria.customer() != null && !criteria.customer().isBlank()) {
            sql.append(" and lower(buyer_name) like ?");
            args.add("%" + criteria.customer().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (criteria.kid() != null && !criteria.kid().isBlank()) {
            sql.append(" and kid = ?");
            args.add(criteria.kid().strip());
        }
        if (criteria.amount() != null) {
            sql.append(" and total = ?");
            args.add(criteria.amount());
        }
        if (criteria.from() != null) {
            sql.append(" and invoice_date >= ?");
            args.add(criteria.from());
        }
        if (criteria.to() != null) {
            sql.append(" and invoice_date <= ?");
            args.add(criteria.to());
        }
        sql.append(" order by id desc fetch first ").append(LIMIT).append(" rows only");
        return jdbc.query(sql.toString(), (rs, i) -> new Found(rs.getLong("id"),
                rs.getBoolean("interest_note") ? "INTEREST_NOTE" : rs.getString("invoice_type"),
                rs.getLong("invoice_number"), rs.getString("kid"), rs.getString("buyer_name"),
                rs.getBigDecimal("total"), rs.getObject("invoice_date", LocalDate.class), rs.getString("status")),
                args.toArray());
    }
}
