package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One incoming payment (or its reversal) as a bank file reports it, whatever the format.
 *
 * @param reference    the bank's own reference of the transaction, unique per bank: the OCR archive reference
 *                     (record 31, positions 26-34) with the settlement date, or camt.054's entry/transaction
 *                     reference (AcctSvcrRef, else NtryRef + TxId); the same transaction in two files has the same one
 * @param settledOn    the day the money reached the account (OCR settlement date, camt.054 booking/value date)
 * @param amount       NOK, positive, two decimals; a reversal carries the amount it takes back, also positive
 * @param kid          the KID as given (digits, maybe with a MOD11 '-'), trimmed; null when the payer gave none
 * @param reversal     OCR transaction types 18 and 20, camt.054 reversal indicator: takes back an earlier payment
 * @param kind         the format's own code for what it is (OCR transaction type "10".."21", camt.054 bank
 *                     transaction code), for the clerk and the auditor
 * @param payerName    the payer as the bank names them, may be null
 * @param payerAccount the debited account, may be null
 * @param message      free-text payment message, may be null (used for suggestions when the KID does not match)
 * @param location     where in the file it stands (OCR line number, camt.054 element path), for error messages
 */
public record BankTransaction(String reference, LocalDate settledOn, BigDecimal amount, String kid, boolean reversal,
        String kind, String payerName, String payerAccount, String message, String location) {

    public BankTransaction {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(settledOn, "settledOn");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A transaction's amount is positive, not " + amount + " (" + location
                    + ")");
        }
    }
}
