package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The control figures a camt.054 file carries about itself, checked against what it actually holds: the
 * notification's transaction summary (number and sum of all, of the credit and of the debit entries), a batch's
 * number of transactions, and that a batch entry's amount is the sum of its transactions.
 *
 * <p><b>What a failed figure does.</b> A figure that vouches for money we book rejects the file whole, with the
 * element and what was expected and found: the total of all entries (TtlNtries), the credits' total (TtlCdtNtries),
 * and the batch figures of an entry we book (a booked credit, or a booked reversal of one). A figure that only
 * vouches for entries we never book (our own debits: payments out, fees; pending entries) does not stop the credits of
 * the same file: the credits are still covered by their own figures, and refusing the day's incoming payments because
 * the bank miscounted a batch of outgoing ones would only leave invoices open that were paid. Such a failure is kept
 * as a {@link BankFile.Finding} that names the entry's element and the check, and is shown on the import. The debits'
 * total (TtlDbtNtries) counts as such a figure only while no debit entry is booked by us (a reversed credit is a debit
 * we book); otherwise it rejects the file too.
 */
final class Camt054Controls {

    private Camt054Controls() {
    }

    /** Checks Ntfctn/TxsSummry, where present, against all the notification's entries. */
    static void checkSummary(CamtElement notification, List<CamtElement> entries, List<BankFile.Finding> findings) {
        Optional<CamtElement> summary = notification.child("TxsSummry");
        if (summary.isEmpty()) {
            return;
        }
        summary.get().child("TtlNtries").ifPresent(t -> check(t, entries, null, null));
        summary.get().child("TtlCdtNtries").ifPresent(t -> check(t, entries, "CRDT", null));
        boolean debitBooked = entries.stream().anyMatch(e -> "DBIT".equals(e.requiredText("CdtDbtInd")) && booked(e));
        summary.get().child("TtlDbtNtries").ifPresent(t -> check(t, entries, "DBIT", debitBooked ? null : findings));
    }

    /**
     * Whether we book the entry: a booked credit (money in) or a booked debit with the reversal indicator (a credit
     * taken back). Everything else is read for its control figures only.
     */
    static boolean booked(CamtElement entry) {
        String indicator = entry.requiredText("CdtDbtInd");
        boolean reversed = entry.textAt("RvslInd").map(v -> "true".equals(v) || "1".equals(v)).orElse(false);
        boolean incoming = "CRDT".equals(indicator) ? !reversed : reversed;
        return incoming && "BOOK".equals(status(entry));
    }

    /** Sts is a code up to camt.054.001.06 and a choice (Sts/Cd or Sts/Prtry) from .07 on. */
    static String status(CamtElement entry) {
        CamtElement status = entry.required("Sts");
        return status.child("Cd").or(() -> status.child("Prtry")).map(CamtElement::text).orElse(status.text());
    }

    private static void check(CamtElement totals, List<CamtElement> entries, String indicator,
            List<BankFile.Finding> findings) {
        List<CamtElement> counted = entries.stream()
                .filter(e -> indicator == null || indicator.equals(e.requiredText("CdtDbtInd")))
                .toList();
        Optional<CamtElement> number = totals.child("NbOfNtries");
        if (number.isPresent()) {
            int expected = CamtValues.count(number.get());
            if (expected != counted.size()) {
                fail(findings, number.get().path(), "control count does not match: the file says " + expected
                        + " entries, it has " + counted.size(), "camtEntryCount", String.valueOf(expected),
                        String.valueOf(counted.size()));
            }
        }
        Optional<CamtElement> sum = totals.child("Sum");
        if (sum.isPresent()) {
            BigDecimal expected = CamtValues.sum(sum.get());
            BigDecimal found = counted.stream().map(e -> CamtValues.amount(e.required("Amt")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (expected.compareTo(found) != 0) {
                fail(findings, sum.get().path(), "control sum does not match: expected " + expected.toPlainString()
                        + ", the entries add up to " + found.toPlainString(), "camtSum", expected.toPlainString(),
                        found.toPlainString());
            }
        }
    }

    /**
     * Checks an entry against its transactions: batch figures where given, and, when every transaction states its
     * amount, that they add up to the entry's amount. A failure rejects the file when the entry is booked; for an
     * entry we never book it is added to {@code findings}.
     */
    static void checkEntry(CamtElement entry, BigDecimal entryAmount, List<CamtElement> transactions,
            List<BankFile.Finding> findings) {
        List<BankFile.Finding> notBooked = booked(entry) ? null : findings;
        for (CamtElement details : entry.children("NtryDtls")) {
            Optional<CamtElement> batch = details.child("Btch");
            if (batch.isEmpty()) {
                continue;
            }
            List<CamtElement> batchTransactions = details.children("TxDtls");
            Optional<CamtElement> number = batch.get().child("NbOfTxs");
            if (number.isPresent() && !batchTransactions.isEmpty()
                    && CamtValues.count(number.get()) != batchTransactions.size()) {
                fail(notBooked, number.get().path(), "control count does not match: the batch says "
                        + number.get().text() + " transactions, it has " + batchTransactions.size(), "camtBatchCount",
                        number.get().text(), String.valueOf(batchTransactions.size()));
            }
        }
        if (transactions.isEmpty() || transactions.stream().anyMatch(t -> transactionAmount(t).isEmpty())) {
            return;
        }
        BigDecimal found = transactions.stream().map(t -> CamtValues.amount(transactionAmount(t).orElseThrow()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (found.compareTo(entryAmount) != 0) {
            fail(notBooked, entry.childPath("Amt"), "the entry's amount " + entryAmount.toPlainString()
                    + " is not the sum of its " + transactions.size() + " transactions, " + found.toPlainString(),
                    "camtEntrySum", entryAmount.toPlainString(), String.valueOf(transactions.size()),
                    found.toPlainString());
        }
    }

    /** Rejects the file, or, for figures that vouch for nothing we book, records the failure and goes on. */
    private static void fail(List<BankFile.Finding> findings, String location, String message, String code,
            Object... arguments) {
        if (findings == null) {
            throw new BankFileException(location, message, code, arguments);
        }
        findings.add(new BankFile.Finding(location, message + " (an entry that is not booked here; the other "
                + "entries of the file are booked)"));
    }

    /** A transaction's own amount: TxDtls/Amt (camt.054.001.03 on) or AmtDtls/TxAmt/Amt. */
    static Optional<CamtElement> transactionAmount(CamtElement transaction) {
        return transaction.child("Amt").or(() -> transaction.at("AmtDtls", "TxAmt", "Amt"));
    }
}
