package no.fakturaflyt.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the customers owed at the end of {@code asOf}, by how long past due, most overdue customer first. */
record AgingReport(LocalDate asOf, List<Row> customers, Buckets total) {

    record Row(long customerId, long customerNumber, String name, Buckets amounts) {
    }

    /**
     * Open amounts by days past due at the end of the day: not yet due (0 or less), 1–30, 31–60, 61–90, over 90.
     *
     * @param overdue everything past due (the four overdue buckets)
     * @param open    everything open (overdue and not due)
     * @param credit  paid beyond the items, not yet settled
     * @param net     open less credit
     */
    record Buckets(BigDecimal notDue, BigDecimal days1To30, BigDecimal days31To60, BigDecimal days61To90,
            BigDecimal over90, BigDecimal overdue, BigDecimal open, BigDecimal credit, BigDecimal net) {
    }
}
