package no.fakturaflyt.ledger;

import java.math.BigDecimal;
import no.fakturaflyt.common.Money;

/** One line of a voucher to be posted: an amount on the debit or the credit side of an account. */
public record PostingLine(int accountNumber, BigDecimal debit, BigDecimal credit, String vatCode, Long customerId,
        String description) {

    public static PostingLine debit(int account, BigDecimal amount, String vatCode, Long customerId, String text) {
        return signed(account, amount, vatCode, customerId, text, true);
    }

    public static PostingLine credit(int account, BigDecimal amount, String vatCode, Long customerId, String text) {
        return signed(account, amount, vatCode, customerId, text, false);
    }

    /** A negative amount flips to the other side, so that e.g. a negative rounding stays a positive debit. */
    private static PostingLine signed(int account, BigDecimal amount, String vatCode, Long customerId, String text,
            boolean debitSide) {
        BigDecimal exact = Money.ore(amount);
        boolean debit = debitSide == (exact.signum() >= 0);
        BigDecimal positive = exact.abs();
        return new PostingLine(account, debit ? positive : Money.ZERO, debit ? Money.ZERO : positive, vatCode,
                customerId, text);
    }
}
