package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A fraction such as 1/20, kept as written so that a clerk reads "1/20 of the inkassosats", not 0.05. */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("not a fraction: " + numerator + "/" + denominator);
        }
    }

    /** Parses "1/20". */
    public static Fraction parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a fraction like 1/20: '" + text + "'");
        }
        return new Fraction(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    /** This fraction of {@code amount}, unrounded (to 10 decimals): the caller decides how the law rounds. */
    public BigDecimal of(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
