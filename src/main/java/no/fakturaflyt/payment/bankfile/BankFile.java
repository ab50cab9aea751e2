package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole bank file, validated: nothing of it is booked unless all of it parsed and its control figures agree.
 *
 * @param format        OCR or CAMT054
 * @param fileReference the file's own identification (OCR transmission number, camt.054 message id), for the report
 * @param transactions  every transaction in file order
 * @param total         the sum of the amounts (reversals counted as given, positive), as the file's control totals
 *                      state it
 */
public record BankFile(Format format, String fileReference, List<BankTransaction> transactions, BigDecimal total) {

    public enum Format { OCR, CAMT054 }

    public BankFile {
        transactions = List.copyOf(transactions);
    }
}
