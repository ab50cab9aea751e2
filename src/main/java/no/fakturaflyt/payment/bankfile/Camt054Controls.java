package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The control figures a camt.054 file carries about itself, checked against what it actually holds: the
 * notification's transaction summary (number and sum of all, of the credit and of the debit entries), a batch's
 * number of transactions and total, and that a batch entry's amount is the sum of its transactions. A file whose
 * figures disagree was cut, doubled or altered on the way, and is rejected whole with what was expected and found.
 */
final class Camt054Controls {

    private Camt054Controls() {
    }

    /** Checks Ntfctn/TxsSummry, where present, against all the notification's entries. */
    static void checkSummary(CamtElement notification, List<CamtElement> entries) {
        Optional<CamtElement> summary = notification.child("TxsSummry");
        if (summary.isEmpty()) {
            return;
        }
        summary.get().child("TtlNtries").ifPresent(t -> check(t, entries, null));
        summary.get().child("TtlCdtNtries").ifPresent(t -> check(t, entries, "CRDT"));
        summary.get().child("TtlDbtNtries").ifPresent(t -> check(t, entries, "DBIT"));
    }

    private static void check(CamtElement totals, List<CamtElement> entries, String indicator) {
        List<CamtElement> counted = entries.stream()
                .filter(e -> indicator == null || indicator.equals(e.requiredText("CdtDbtInd")))
                .toList();
        Optional<CamtElement> number = totals.child("NbOfNtries");
        if (number.isPresent()) {
            int expected = CamtValues.count(number.get());
            if (expected != counted.size()) {
                throw new BankFileException(number.get().path(), "control count does not match: the file says "
                        + expected + " entries, it has " + counted.size());
            }
        }
        Optional<CamtElement> sum = totals.child("Sum");
        if (sum.isPresent()) {
            BigDecimal expected = CamtValues.sum(sum.get());
            BigDecimal found = counted.stream().map(e -> CamtValues.amount(e.required("Amt")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (expected.compareTo(found) != 0) {
                throw new BankFileException(sum.get().path(), "control sum does not match: expected "
                        + expected.toPlainString() + ", the entries add up to " + found.toPlainString());
            }
        }
    }

    /**
     * Checks an entry against its transactions: batch figures where given, and, when every transaction states its
     * amount, that they add up to the entry's amount.
     */
    static void checkEntry(CamtElement entry, BigDecimal entryAmount, List<CamtElement> transactions) {
        for (CamtElement details : entry.children("NtryDtls")) {
            Optional<CamtElement> batch = details.child("Btch");
            if (batch.isEmpty()) {
                continue;
            }
            List<CamtElement> batchTransactions = details.children("TxDtls");
            Optional<CamtElement> number = batch.get().child("NbOfTxs");
            if (number.isPresent() && !batchTransactions.isEmpty()
                    && CamtValues.count(number.get()) != batchTransactions.size()) {
                throw new BankFileException(number.get().path(), "control count does not match: the batch says "
                        + number.get().text() + " transactions, it has " + batchTransactions.size());
            }
        }
        if (transactions.isEmpty() || transactions.stream().anyMatch(t -> transactionAmount(t).isEmpty())) {
            return;
        }
        BigDecimal found = transactions.stream().map(t -> CamtValues.amount(transactionAmount(t).orElseThrow()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (found.compareTo(entryAmount) != 0) {
            throw new BankFileException(entry.childPath("Amt"), "the entry's amount " + entryAmount.toPlainString()
                    + " is not the sum of its " + transactions.size() + " transactions, "
                    + found.toPlainString());
        }
    }

    /** A transaction's own amount: TxDtls/Amt (camt.054.001.03 on) or AmtDtls/TxAmt/Amt. */
    static Optional<CamtElement> transactionAmount(CamtElement transaction) {
        return transaction.child("Amt").or(() -> transaction.at("AmtDtls", "TxAmt", "Amt"));
    }
}
