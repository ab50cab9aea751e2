package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns one booked camt.054 entry into the payments it reports: one per transaction (TxDtls), so that a batch entry
 * of forty giro payments becomes forty payments with their own KIDs. It reads the fields the way camt.054.001.02 to
 * .08 place them (the party moved under Dbtr/Pty in later versions, the status became a choice, transactions got
 * their own Amt).
 */
final class Camt054Entry {

    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private final CamtElement entry;
    private final BigDecimal amount;
    private final boolean reversal;

    private Camt054Entry(CamtElement entry, BigDecimal amount, boolean reversal) {
        this.entry = entry;
        this.amount = amount;
        this.reversal = reversal;
    }

    /**
     * The payments of an entry, or none when it is not an incoming payment: only booked entries count, and of those
     * the credits (money in) and the reversed credits (a debit with the reversal indicator: money taken back).
     */
    static List<BankTransaction> read(CamtElement entry, List<BankFile.Finding> findings) {
        BigDecimal entryAmount = CamtValues.amount(entry.required("Amt"));
        String indicator = entry.requiredText("CdtDbtInd");
        if (!"CRDT".equals(indicator) && !"DBIT".equals(indicator)) {
            throw new BankFileException(entry.childPath("CdtDbtInd"), "must be CRDT or DBIT, not " + indicator, "camtIndicator",
                    String.valueOf(indicator));
        }
        boolean reversed = entry.textAt("RvslInd").map(v -> "true".equals(v) || "1".equals(v)).orElse(false);
        List<CamtElement> transactions = transactions(entry);
        Camt054Controls.checkEntry(entry, entryAmount, transactions, findings);
        if (!Camt054Controls.booked(entry)) {
            return List.of();
        }
        Camt054Entry reading = new Camt054Entry(entry, CamtValues.nok(entry.required("Amt")), reversed);
        if (transactions.isEmpty()) {
            throw new BankFileException(entry.childPath("NtryDtls") + "/TxDtls",
                    "missing: an incoming payment needs its transaction details (payer, KID, reference)",
                    "camtNoDetails");
        }
        List<BankTransaction> result = new ArrayList<>();
        for (CamtElement transaction : transactions) {
            result.add(reading.transaction(transaction, transactions.size()));
        }
        return result;
    }

    private static List<CamtElement> transactions(CamtElement entry) {
        return entry.children("NtryDtls").stream().flatMap(d -> d.children("TxDtls").stream()).toList();
    }

    private BankTransaction transaction(CamtElement tx, int count) {
        BigDecimal txAmount = Camt054Controls.transactionAmount(tx).map(CamtValues::nok).orElseGet(() -> {
            if (count > 1) {
                throw new BankFileException(tx.childPath("AmtDtls") + "/TxAmt/Amt",
                        "missing: each transaction of a batch entry needs its own amount", "camtNoTxAmount");
            }
            return amount;
        });
        List<String> kids = tx.child("RmtInf").stream().flatMap(r -> r.children("Strd").stream())
                .map(s -> s.child("CdtrRefInf")).flatMap(Optional::stream)
                .filter(c -> c.textAt("Tp", "CdOrPrtry", "Cd").filter("SCOR"::equals).isPresent())
                .map(c -> c.textAt("Ref").orElseThrow(() -> new BankFileException(c.childPath("Ref"),
                        "missing: a SCOR creditor reference must carry the KID", "camtNoKid")))
                .toList();
        return new BankTransaction(reference(tx, count), settledOn(), txAmount,
                kids.size() == 1 ? kids.get(0) : null, reversal, kind(tx), payerName(tx), payerAccount(tx),
                message(tx, kids), tx.path());
    }

    /**
     * The bank's reference, the same whenever the bank reports this transaction again: the transaction's own
     * AcctSvcrRef, else the entry's (with the transaction's id when the entry holds several), else NtryRef with it.
     */
    private String reference(CamtElement tx, int count) {
        Optional<String> own = tx.textAt("Refs", "AcctSvcrRef");
        if (own.isPresent()) {
            return own.get();
        }
        Optional<String> base = entry.textAt("AcctSvcrRef").or(() -> entry.textAt("NtryRef"));
        if (base.isEmpty()) {
            throw new BankFileException(tx.childPath("Refs") + "/AcctSvcrRef", "missing: the transaction has no "
                    + "bank reference (Refs/AcctSvcrRef, nor the entry's AcctSvcrRef or NtryRef)", "camtNoBankReference");
        }
        Optional<String> txId = tx.textAt("Refs", "TxId")
                .or(() -> tx.textAt("Refs", "EndToEndId").filter(id -> !NOT_PROVIDED.equals(id)));
        boolean entryOwn = entry.textAt("AcctSvcrRef").isPresent();
        if (entryOwn && count == 1) {
            return base.get();
        }
        if (txId.isPresent()) {
            return base.get() + "/" + txId.get();
        }
        if (count == 1) {
            return base.get();
        }
        throw new BankFileException(tx.childPath("Refs"), "missing: a transaction of a batch entry needs its own "
                + "AcctSvcrRef, TxId or EndToEndId to be told apart from the others", "camtNoTxReference");
    }

    private LocalDate settledOn() {
        return entry.child("BookgDt").or(() -> entry.child("ValDt")).map(CamtValues::date)
                .orElseThrow(() -> new BankFileException(entry.childPath("BookgDt"),
                        "missing: a booked entry needs its booking date (BookgDt) or value date (ValDt)",
                        "camtNoBookingDate"));
    }

    /** The ISO bank transaction code Domain/Family/SubFamily (PMNT/RCDT/VCOM), else the bank's proprietary one. */
    private String kind(CamtElement tx) {
        CamtElement code = tx.child("BkTxCd").or(() -> entry.child("BkTxCd")).orElse(null);
        if (code == null) {
            return null;
        }
        Optional<String> domain = code.textAt("Domn", "Cd");
        if (domain.isPresent()) {
            return domain.get() + code.textAt("Domn", "Fmly", "Cd").map(f -> "/" + f).orElse("")
                    + code.textAt("Domn", "Fmly", "SubFmlyCd").map(s -> "/" + s).orElse("");
        }
        return code.textAt("Prtry", "Cd").orElse(null);
    }

    private static String payerName(CamtElement tx) {
        return tx.textAt("RltdPties", "Dbtr", "Nm").or(() -> tx.textAt("RltdPties", "Dbtr", "Pty", "Nm"))
                .orElse(null);
    }

    private static String payerAccount(CamtElement tx) {
        return tx.textAt("RltdPties", "DbtrAcct", "Id", "IBAN")
                .or(() -> tx.textAt("RltdPties", "DbtrAcct", "Id", "Othr", "Id")).orElse(null);
    }

    /** The free-text message; when a payer gave several KIDs for one amount, they go here for a clerk to split. */
    private static String message(CamtElement tx, List<String> kids) {
        List<String> parts = new ArrayList<>(tx.child("RmtInf").stream().flatMap(r -> r.children("Ustrd").stream())
                .map(CamtElement::text).filter(t -> !t.isEmpty()).toList());
        if (kids.size() > 1) {
            parts.add("KID: " + String.join(", ", kids));
        }
        return parts.isEmpty() ? null : parts.stream().collect(Collectors.joining(" "));
    }
}
