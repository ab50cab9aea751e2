package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Late-payment interest on one claim: the total, rounded half up to øre once, and the periods it is made of.
 *
 * @param principal  the amount the interest runs on
 * @param dueDate    the claim's due date; interest runs from the day after
 * @param paidOn     the payment date, the last day of interest
 */
public record InterestCalculation(BigDecimal principal, LocalDate dueDate, LocalDate paidOn, BigDecimal total,
        List<InterestPeriod> periods) {

    public InterestCalculation {
        periods = List.copyOf(periods);
    }

    public long days() {
        return periods.stream().mapToLong(InterestPeriod::days).sum();
    }
}
