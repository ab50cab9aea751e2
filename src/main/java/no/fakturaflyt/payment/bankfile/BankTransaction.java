package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One incoming payment (or its reversal) as a bank file reports it, whatever the format.
 *
 * @param reference        the transaction's identity, unique whichever file brings it: the same transaction in two
 *                         files has the same one, two transactions never share one. OCR Giro: data sender,
 *                         transmission number, assignment number and transaction number
 *                         ("OCR/00008080/0170031/0000002/0000001"; the manual numbers transactions per assignment and
 *                         assignments per transmission); camt.054: the entry/transaction reference (AcctSvcrRef, else
 *                         NtryRef + TxId)
 * @param settledOn        the day the money reached the account (OCR settlement date, camt.054 booking/value date)
 * @param amount           NOK, positive, two decimals; a reversal carries the amount it takes back, also positive
 * @param kid              the KID as given (digits, maybe with a MOD11 '-'), trimmed; null when the payer gave none
 * @param reversal         takes back (or corrects) an earlier payment, never a payment itself: OCR transaction types
 *                         18 and 20 and every OCR transaction with the sign '-', camt.054 reversal indicator
 * @param kind             the format's own code for what it is (OCR transaction type "10".."21", camt.054 bank
 *                         transaction code), for the clerk and the auditor
 * @param payerName        the payer as the bank names them, may be null
 * @param payerAccount     the debited account, may be null
 * @param message          free-text payment message, may be null (used for suggestions when the KID does not match)
 * @param location         where in the file it stands (OCR line number, camt.054 element path), for error messages
 * @param bankReference    the bank's own reference as the file gives it, for the clerk talking to the bank; not unique
 *                         (OCR amount item 2 positions 26-34: the payer's agreement id for direct remittance, a batch
 *                         reference for terminal giro and standing orders)
 * @param earlierReference the reference an import before V18 stored this transaction under (OCR: archive reference and
 *                         settlement date, "099038562/1992-01-20"), so that a file imported then is recognised when
 *                         imported again; null when there is none
 */
public record BankTransaction(String reference, LocalDate settledOn, BigDecimal amount, String kid, boolean reversal,
        String kind, String payerName, String payerAccount, String message, String location, String bankReference,
        String earlierReference) {

    public BankTransaction {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(settledOn, "settledOn");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A transaction's amount is positive, not " + amount + " (" + location
                    + ")");
        }
    }

    /** A transaction whose reference is also the bank's own (camt.054), with no earlier reference. */
    public BankTransaction(String reference, LocalDate settledOn, BigDecimal amount, String kid, boolean reversal,
            String kind, String payerName, String payerAccount, String message, String location) {
        this(reference, settledOn, amount, kid, reversal, kind, payerName, payerAccount, message, location, reference,
                null);
    }

    /** The same transaction stored under another reference. */
    BankTransaction withReference(String otherReference) {
        return new BankTransaction(otherReference, settledOn, amount, kid, reversal, kind, payerName, payerAccount,
                message, location, bankReference, earlierReference);
    }

    /** Whether it moves the same money as this: amount, day, KID and direction. */
    boolean sameMoneyAs(BigDecimal otherAmount, LocalDate otherSettledOn, String otherKid, boolean otherReversal) {
        return amount.compareTo(otherAmount) == 0 && settledOn.equals(otherSettledOn) && Objects.equals(kid, otherKid)
                && reversal == otherReversal;
    }
}
