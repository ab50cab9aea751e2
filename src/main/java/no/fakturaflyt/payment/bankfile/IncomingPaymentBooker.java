package no.fakturaflyt.payment.bankfile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.ledger.VoucherRequest;
import no.fakturaflyt.payment.Payment;
import no.fakturaflyt.payment.PaymentForm;
import no.fakturaflyt.payment.PaymentReversal;
import no.fakturaflyt.payment.PaymentService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books one transaction of a bank file, each in transactions of its own so that the import's progress is visible
 * and a failure stops only that transaction. The payment goes through {@link PaymentService} (debit bank, credit
 * 1500, allocation, the follow-up learns of it in the same transaction); what the KID cannot place starts the
 * "Match payment" task for a clerk. Idempotent: the payment's key is the bank's reference.
 */
@Component
class IncomingPaymentBooker {

    static final String UNIDENTIFIED_ACCOUNT_SOURCE = "BANK_TRANSACTION";
    static final int UNIDENTIFIED_ACCOUNT = 2990;

    private final IncomingTransactionRepository transactions;
    private final BankFileImportRepository imports;
    private final PaymentMatcher matcher;
    private final PaymentService payments;
    private final PaymentReversal reversals;
    private final LedgerService ledger;
    private final RuntimeService runtime;
    private final OsloClock clock;
    private final TransactionTemplate newTransaction;

    IncomingPaymentBooker(IncomingTransactionRepository transactions, BankFileImportRepository imports,
            PaymentMatcher matcher, PaymentService payments, PaymentReversal reversals, LedgerService ledger,
            RuntimeService runtime, OsloClock clock, PlatformTransactionManager transactionManager) {
        this.transactions = transactions;
        this.imports = imports;
        this.matcher = matcher;
        this.payments = payments;
        this.reversals = reversals;
        this.ledger = ledger;
        this.runtime = runtime;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Books the transaction and counts its outcome on the import it arrived with. */
    IncomingTransaction.Status book(long transactionId, long importId) {
        IncomingTransaction t = transactions.findById(transactionId).orElseThrow();
        IncomingTransaction.Status outcome;
        try {
            outcome = t.isReversal() ? reverse(t) : pay(t);
        } catch (RuntimeException e) {
            outcome = IncomingTransaction.Status.FAILED;
            String reason = "booking failed: " + e.getMessage();
            newTransaction.executeWithoutResult(s -> transactions.findById(transactionId).orElseThrow()
                    .booked(IncomingTransaction.Status.FAILED, null, null, null, reason, clock.now(), null));
        }
        IncomingTransaction.Status counted = outcome;
        newTransaction.executeWithoutResult(s -> imports.findById(importId).orElseThrow().counted(counted));
        return outcome;
    }

    private IncomingTransaction.Status pay(IncomingTransaction t) {
        PaymentMatcher.Match match = matcher.match(t.getKid());
        if (!match.found()) {
            return toClerk(t, match.reason());
        }
        Registered registered;
        try {
            registered = newTransaction.execute(s -> register(t, match.invoiceId(), InvoiceHistory.SYSTEM));
        } catch (RuntimeException e) {
            return toClerk(t, "the KID points to invoice id " + match.invoiceId() + ", but the payment could not be"
                    + " booked on it: " + e.getMessage());
        }
        IncomingTransaction.Status outcome = registered.outcome();
        newTransaction.executeWithoutResult(s -> transactions.findById(t.getId()).orElseThrow().booked(outcome,
                match.invoiceId(), registered.payment().getId(), registered.payment().getVoucherId(), null,
                clock.now(), InvoiceHistory.SYSTEM));
        return outcome;
    }

    private IncomingTransaction.Status reverse(IncomingTransaction t) {
        Optional<Payment> earlier = t.getKid() == null ? Optional.empty()
                : reversals.reversible(t.getKid(), t.getAmount());
        if (earlier.isEmpty()) {
            return toClerk(t, "a reversal of " + t.getAmount() + " with KID " + t.getKid()
                    + " matches no payment booked here");
        }
        Payment reversed = newTransaction.execute(s -> reversals.reverse(earlier.get().getId(), t.getSettledOn(),
                "bank " + t.getReference(), InvoiceHistory.SYSTEM));
        newTransaction.executeWithoutResult(s -> transactions.findById(t.getId()).orElseThrow().booked(
                IncomingTransaction.Status.REVERSED, reversed.getInvoiceId(), reversed.getId(),
                reversed.getReversalVoucherId(), "reversed payment " + reversed.getId(), clock.now(),
                InvoiceHistory.SYSTEM));
        return IncomingTransaction.Status.REVERSED;
    }

    /** What a clerk decided in "Match payment": pay this invoice, or keep the money apart as unidentified. */
    IncomingTransaction.Status bookByClerk(long transactionId, Long invoiceId, String comment, String clerk) {
        return newTransaction.execute(s -> {
            IncomingTransaction t = transactions.findById(transactionId).orElseThrow();
            if (t.getStatus() != IncomingTransaction.Status.UNMATCHED) {
                return t.getStatus();
            }
            if (invoiceId == null) {
                Voucher voucher = ledger.post(new VoucherRequest(t.getSettledOn(), "Uidentifisert innbetaling "
                        + t.getReference(), UNIDENTIFIED_ACCOUNT_SOURCE, t.getId(), clerk, List.of(
                        PostingLine.debit(payments.bankAccount(), t.getAmount(), null, null, t.getReference()),
                        PostingLine.credit(UNIDENTIFIED_ACCOUNT, t.getAmount(), null, null, t.getReference()))));
                t.booked(IncomingTransaction.Status.UNIDENTIFIED, null, null, voucher.getId(), comment, clock.now(),
                        clerk);
                return IncomingTransaction.Status.UNIDENTIFIED;
            }
            Registered registered = register(t, invoiceId, clerk);
            t.booked(registered.outcome(), invoiceId, registered.payment().getId(),
                    registered.payment().getVoucherId(), comment, clock.now(), clerk);
            return registered.outcome();
        });
    }

    private record Registered(Payment payment, IncomingTransaction.Status outcome) {
    }

    private Registered register(IncomingTransaction t, long invoiceId, String user) {
        Payment payment = payments.register(invoiceId, new PaymentForm(t.getAmount(), t.getSettledOn(),
                "Bank " + t.getReference()), sourceOf(t), "bank-" + t.getReference(), user);
        IncomingTransaction.Status outcome = payment.getUnallocated().signum() > 0 ? IncomingTransaction.Status.OVERPAID
                : ledger.openAmountOf(invoiceId).signum() > 0 ? IncomingTransaction.Status.PARTLY_PAID
                : IncomingTransaction.Status.MATCHED;
        return new Registered(payment, outcome);
    }

    private String sourceOf(IncomingTransaction t) {
        return imports.findById(t.getImportId()).map(i -> i.getFormat() == BankFile.Format.OCR ? "OCR" : "CAMT054")
                .orElse("OCR");
    }

    private IncomingTransaction.Status toClerk(IncomingTransaction t, String reason) {
        newTransaction.executeWithoutResult(s -> {
            ProcessInstance process = runtime.startProcessInstanceByKey(PaymentMatching.PROCESS_KEY,
                    "bank-" + t.getReference(), Map.of(
                            PaymentMatching.TRANSACTION_ID, t.getId(),
                            PaymentMatching.AMOUNT, t.getAmount().toPlainString(),
                            PaymentMatching.SETTLED_ON, t.getSettledOn().toString(),
                            PaymentMatching.REASON, reason));
            transactions.findById(t.getId()).orElseThrow().waitingForClerk(process.getId(), reason);
        });
        return IncomingTransaction.Status.UNMATCHED;
    }
}
