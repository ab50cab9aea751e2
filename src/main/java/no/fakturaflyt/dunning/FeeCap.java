package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The highest fee a reminder or collection notice may carry: {@code fraction} (by the claim's due date) of the
 * inkassosats in force on the day it is sent, rounded half up to whole kroner.
 *
 * @param amount       the cap in NOK, whole kroner with two decimals
 * @param exact        fraction × inkassosats before rounding (37.50 for 1/20 of 750)
 * @param toBeChecked  the rounding or a figure is one norway.md marks (check)
 */
public record FeeCap(BigDecimal amount, BigDecimal exact, Fraction fraction, BigDecimal inkassosats,
        LocalDate sentOn, boolean toBeChecked) {

    public boolean rounded() {
        return exact.compareTo(amount) != 0;
    }

    /** "1/20 of the inkassosats 750 kr in force on 2026-01-05, 37.50 rounded half up to whole kroner (check)". */
    public String explanation() {
        StringBuilder text = new StringBuilder()
                .append(fraction).append(" of the inkassosats ").append(Amounts.plain(inkassosats))
                .append(" kr in force on ").append(sentOn);
        if (rounded()) {
            text.append(", ").append(Amounts.plain(exact)).append(" rounded half up to whole kroner");
        }
        if (toBeChecked) {
            text.append(" (check)");
        }
        return text.toString();
    }
}
