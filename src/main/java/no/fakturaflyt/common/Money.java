package no.fakturaflyt.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in NOK are BigDecimal with two decimals (øre); every rounding goes through here. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    public static BigDecimal ore(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return ore(amount.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    public static BigDecimal wholeKroner(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
    }
}
