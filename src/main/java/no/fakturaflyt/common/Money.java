package no.fakturaflyt.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in NOK are BigDecimal with two decimals (øre); every rounding goes through here. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The largest amount a money column (numeric(19, 2)) holds: 17 digits before the decimal point. */
    public static final BigDecimal MAX = new BigDecimal("99999999999999999.99");

    private Money() {
    }

    public static BigDecimal ore(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return ore(amount.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    /** Whether {@code amount} (plus or minus) fits a money column. */
    public static boolean fits(BigDecimal amount) {
        return amount.abs().compareTo(MAX) <= 0;
    }

    public static BigDecimal wholeKroner(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
    }
}
