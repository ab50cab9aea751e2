package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole bank file, validated: nothing of it is booked unless all of it parsed and its control figures agree.
 *
 * @param format        OCR or CAMT054
 * @param fileReference the file's own identification (OCR transmission number, camt.054 message id), for the report
 * @param transactions  every transaction in file order
 * @param total         the sum of the amounts as the file's control totals state it (for OCR Giro the transmission
 *                      end record's total: with negative transactions deducted when the file writes signed sums)
 * @param warnings      what the file gets wrong in fields that move no money (an OCR assignment's first or last
 *                      settlement date, a bank date): reported on the import, the file is booked all the same
 * @param findings      control figures that failed where no booked money is at stake (camt.054: a batch of debits)
 */
public record BankFile(Format format, String fileReference, List<BankTransaction> transactions, BigDecimal total,
        List<String> warnings, List<Finding> findings) {

    public enum Format { OCR, CAMT054 }

    /**
     * A control figure that failed where the file's booked money is not at stake (see {@link Camt054Controls}): the
     * element it is in and what was expected and found. The import keeps it on record; nothing of it is booked.
     */
    public record Finding(String location, String message) {

        @Override
        public String toString() {
            return location + ": " + message;
        }
    }

    public BankFile {
        transactions = List.copyOf(transactions);
        warnings = List.copyOf(warnings);
        findings = List.copyOf(findings);
    }

    /** A file whose control figures all agree and whose informational fields are all as expected. */
    public BankFile(Format format, String fileReference, List<BankTransaction> transactions, BigDecimal total) {
        this(format, fileReference, transactions, total, List.of(), List.of());
    }
}
