package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The few value types of camt.054 the reader needs, read strictly: an amount is a plain positive decimal with at
 * most two decimals (øre) and its currency, a date is an ISO date or date-time. A value that is not so is a file
 * error naming the element, never a guess.
 */
final class CamtValues {

    static final String NOK = "NOK";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private CamtValues() {
    }

    /** An amount as written, two decimals; rejects more than two (significant) decimals, zero and below. */
    static BigDecimal amount(CamtElement amt) {
        BigDecimal value;
        try {
            value = new BigDecimal(amt.text());
        } catch (NumberFormatException e) {
            throw new BankFileException(amt.path(), "not an amount: '" + amt.text() + "'", "camtNotAmount", amt.text());
        }
        if (value.signum() <= 0) {
            throw new BankFileException(amt.path(), "an amount must be above zero, not " + value.toPlainString(),
                    "camtAmountNotPositive", value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new BankFileException(amt.path(), "an amount in NOK has at most two decimals (øre), not "
                    + value.toPlainString(), "camtAmountDecimals", value.toPlainString());
        }
        return value.setScale(2);
    }

    /** An amount that must be in NOK, the only currency the ledger books. */
    static BigDecimal nok(CamtElement amt) {
        String currency = amt.attribute("Ccy");
        if (currency == null || currency.isEmpty()) {
            throw new BankFileException(amt.path(), "the amount has no currency (attribute Ccy)", "camtNoCurrency");
        }
        if (!NOK.equals(currency)) {
            throw new BankFileException(amt.path(), "only NOK can be booked, this amount is in " + currency, "camtNotNok",
                    currency);
        }
        return amount(amt);
    }

    /** A DateAndDateTimeChoice (Dt or DtTm); a date-time with an offset is taken as the day it was in Oslo. */
    static LocalDate date(CamtElement choice) {
        if (choice.child("Dt").isPresent()) {
            CamtElement dt = choice.required("Dt");
            try {
                return LocalDate.parse(dt.text());
            } catch (DateTimeParseException e) {
                throw new BankFileException(dt.path(), "not a date (YYYY-MM-DD): '" + dt.text() + "'", "camtNotDate",
                        dt.text());
            }
        }
        CamtElement dtTm = choice.child("DtTm").orElseThrow(() -> new BankFileException(choice.path(),
                "has neither Dt nor DtTm", "camtNoDate"));
        String text = dtTm.text();
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(OSLO).toLocalDate();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException e) {
                throw new BankFileException(dtTm.path(), "not a date-time: '" + text + "'", "camtNotDateTime", text);
            }
        }
    }

    /** A count of entries or transactions (NbOfNtries, NbOfTxs). */
    static int count(CamtElement number) {
        try {
            return Integer.parseInt(number.text());
        } catch (NumberFormatException e) {
            throw new BankFileException(number.path(), "not a number: '" + number.text() + "'", "camtNotNumber",
                    number.text());
        }
    }

    /** A control sum (Sum, TtlAmt): a non-negative decimal without currency. */
    static BigDecimal sum(CamtElement sum) {
        try {
            return new BigDecimal(sum.text());
        } catch (NumberFormatException e) {
            throw new BankFileException(sum.path(), "not a sum: '" + sum.text() + "'", "camtNotSum", sum.text());
        }
    }
}
