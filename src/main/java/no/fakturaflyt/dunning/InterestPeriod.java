package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.fakturaflyt.common.Money;

/**
 * One line of an interest note: the days from {@code from} to {@code to} (both inclusive) at one rate.
 *
 * @param rate           percent a year
 * @param daysInYear     365, or 366 in a leap year: one day's interest is rate / daysInYear
 * @param amount         the interest of these days at full precision (12 decimals), not rounded to øre: only the
 *                       total is, once
 * @param rateToBeChecked the rate is one norway.md marks (check)
 */
public record InterestPeriod(LocalDate from, LocalDate to, long days, BigDecimal rate, int daysInYear,
        BigDecimal amount, boolean rateToBeChecked) {

    /** The amount rounded half up to øre, for display only; the rounded lines may differ from the total by an øre. */
    public BigDecimal amountInOre() {
        return Money.ore(amount);
    }
}
