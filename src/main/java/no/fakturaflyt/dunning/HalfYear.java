package no.fakturaflyt.dunning;

import java.time.LocalDate;

/** A calendar half-year, the period for which the late-payment interest rate and the standard compensation are set. */
public record HalfYear(int year, int half) {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2, was " + half);
        }
    }

    public static HalfYear of(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    /** "2026 H1". */
    @Override
    public String toString() {
        return year + " H" + half;
    }
}
