package no.fakturaflyt.receivables;

import java.math.BigDecimal;
import java.util.Arrays;
import no.fakturaflyt.common.Money;

/** Sums open amounts into the five aging buckets, and the credit beside them. */
final class AgingTally {

    private final BigDecimal[] buckets = new BigDecimal[5];
    private BigDecimal credit = Money.ZERO;

    AgingTally() {
        Arrays.fill(buckets, Money.ZERO);
    }

    /** 0: not due (due today or later); 1: 1–30 days past due; 2: 31–60; 3: 61–90; 4: more than 90. */
    static int bucket(long daysPastDue) {
        if (daysPastDue <= 0) {
            return 0;
        }
        if (daysPastDue <= 30) {
            return 1;
        }
        if (daysPastDue <= 60) {
            return 2;
        }
        return daysPastDue <= 90 ? 3 : 4;
    }

    void add(long daysPastDue, BigDecimal amount) {
        int index = bucket(daysPastDue);
        buckets[index] = buckets[index].add(amount);
    }

    void addCredit(BigDecimal amount) {
        credit = credit.add(amount);
    }

    void addAll(AgingReport.Buckets other) {
        buckets[0] = buckets[0].add(other.notDue());
        buckets[1] = buckets[1].add(other.days1To30());
        buckets[2] = buckets[2].add(other.days31To60());
        buckets[3] = buckets[3].add(other.days61To90());
        buckets[4] = buckets[4].add(other.over90());
        credit = credit.add(other.credit());
    }

    AgingReport.Buckets buckets() {
        BigDecimal overdue = buckets[1].add(buckets[2]).add(buckets[3]).add(buckets[4]);
        BigDecimal open = buckets[0].add(overdue);
        return new AgingReport.Buckets(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4], overdue, open,
                credit, open.subtract(credit));
    }
}
