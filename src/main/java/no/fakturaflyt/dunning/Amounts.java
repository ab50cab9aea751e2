package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import no.fakturaflyt.common.Money;

/** How the reasons a clerk reads write amounts: "38.00 kr" for money, "750" and "37.50" for figures. */
final class Amounts {

    private Amounts() {
    }

    static String kr(BigDecimal amount) {
        return Money.ore(amount).toPlainString() + " kr";
    }

    /** A figure without trailing zeros, but never fewer than two decimals once it has any: 750, 37.50, 12.25. */
    static String plain(BigDecimal figure) {
        BigDecimal stripped = figure.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.toPlainString();
        }
        return stripped.scale() == 1 ? stripped.setScale(2).toPlainString() : stripped.toPlainString();
    }
}
