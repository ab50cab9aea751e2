package no.fakturaflyt.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open items of every customer as they stood at the end of a past day, in one aggregate query each: an item
 * counts from its own date, less its reductions dated up to that day. Plain SQL, because the sums are grouped over
 * a derived table that JPQL does not express portably.
 */
@Component
class DatedBalances {

    private final JdbcClient jdbc;

    DatedBalances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenAmountByDueDate> openAmountsByDueDate(LocalDate asOf) {
        return jdbc.sql("""
                select i.customer_id, i.due_date, sum(i.original_amount - coalesce(r.reduced, 0)) as open_amount
                from open_item i
                left join (select open_item_id, sum(amount) as reduced from open_item_reduction
                           where reduced_on <= :asOf group by open_item_id) r on r.open_item_id = i.id
                where i.invoice_date <= :asOf
                group by i.customer_id, i.due_date
                having sum(i.original_amount - coalesce(r.reduced, 0)) <> 0
                order by i.customer_id, i.due_date
                """)
                .param("asOf", asOf)
                .query((rs, row) -> new OpenAmountByDueDate(rs.getLong("customer_id"),
                        rs.getObject("due_date", LocalDate.class), rs.getBigDecimal("open_amount")))
                .list();
    }

    Map<Long, BigDecimal> reducedPerCustomer(ReductionKind kind, LocalDate asOf) {
        Map<Long, BigDecimal> sums = new LinkedHashMap<>();
        jdbc.sql("""
                select r.customer_id, sum(r.amount) as reduced
                from open_item_reduction r
                join open_item i on i.id = r.open_item_id
                where r.kind = :kind and r.reduced_on <= :asOf and i.invoice_date <= :asOf
                group by r.customer_id
                """)
                .param("kind", kind.name())
                .param("asOf", asOf)
                .query(rs -> {
                    sums.put(rs.getLong("customer_id"), rs.getBigDecimal("reduced"));
                });
        return sums;
    }
}
