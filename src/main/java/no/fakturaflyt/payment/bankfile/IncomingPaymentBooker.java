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
 * "Match payment" task for a clerk, and so does one the import holds back. A reversal (OCR types 18 and 20, a negative
 * OCR transaction, a camt.054 reversal) only ever takes a payment back, never pays. Idempotent: the payment's key is
 * the transaction's identity ({@link BankTransaction#reference()}).
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

    /**
     * Books the transaction with this reference (its identity), if it is still to book (new, or failed for a technical reason
     * before), and counts its outcome on the import; empty when there was nothing to book.
     *
     * <p>A payment the KID places is one database transaction: the match, the payment with its voucher and
     * allocation, the follow-up ending, the transaction's outcome and the import's count commit together or not at
     * all. Only what goes wrong takes a second one: a payment its invoice refuses goes to a clerk, and a technical
     * failure is recorded as FAILED (booked again on the file's next import).
     */
    Optional<IncomingTransaction.Status> book(String reference, long importId) {
        try {
            return newTransaction.execute(s -> {
                IncomingTransaction t = transactions.findByReference(reference).orElse(null);
                if (t == null || (t.getStatus() != IncomingTransaction.Status.NEW
                        && t.getStatus() != IncomingTransaction.Status.FAILED)) {
                    return Optional.empty();
                }
                IncomingTransaction.Status outcome = t.getHoldReason() != null ? hold(t)
                        : t.isReversal() ? reverse(t) : pay(t);
                imports.count(importId, outcome.name());
                return Optional.of(outcome);
            });
        } catch (Refused refused) {
            // rolled back whole; the clerk decides where the money goes
            return Optional.of(newTransaction.execute(s -> {
                IncomingTransaction t = transactions.findById(refused.transactionId).orElseThrow();
                toClerk(t, refused.getMessage());
                imports.count(importId, IncomingTransaction.Status.UNMATCHED.name());
                return IncomingTransaction.Status.UNMATCHED;
            }));
        } catch (RuntimeException e) {
            String reason = "booking failed: " + e.getMessage();
            newTransaction.executeWithoutResult(s -> {
                transactions.findByReference(reference).orElseThrow().booked(IncomingTransaction.Status.FAILED, null,
                        null, null, reason, clock.now(), null);
                imports.count(importId, IncomingTransaction.Status.FAILED.name());
            });
            return Optional.of(IncomingTransaction.Status.FAILED);
        }
    }

    /** The invoice the KID points to would not take the payment; what was done in the transaction is rolled back. */
    private static final class Refused extends RuntimeException {

        final long transactionId;

        Refused(long transactionId, String reason, RuntimeException cause) {
            super(reason, cause);
            this.transactionId = transactionId;
        }
    }

    private IncomingTransaction.Status pay(IncomingTransaction t) {
        PaymentMatcher.Match match = matcher.match(t.getKid());
        if (!match.found()) {
            toClerk(t, match.reason());
            return IncomingTransaction.Status.UNMATCHED;
        }
        Registered registered;
        try {
            registered = register(t, match.invoiceId(), InvoiceHistory.SYSTEM);
        } catch (RuntimeException e) {
            throw new Refused(t.getId(), "the KID points to invoice id " + match.invoiceId() + ", but the payment"
                    + " could not be booked on it: " + e.getMessage(), e);
        }
        t.booked(registered.outcome(), match.invoiceId(), registered.payment().getId(),
                registered.payment().getVoucherId(), null, clock.now(), InvoiceHistory.SYSTEM);
        return registered.outcome();
    }

    /** A transaction a clerk must look at before anything is booked (see {@link IncomingTransaction#getHoldReason()}). */
    private IncomingTransaction.Status hold(IncomingTransaction t) {
        toClerk(t, t.getHoldReason());
        return IncomingTransaction.Status.UNMATCHED;
    }

    private IncomingTransaction.Status reverse(IncomingTransaction t) {
        Optional<Payment> earlier = t.getKid() == null ? Optional.empty()
                : reversals.reversible(t.getKid(), t.getAmount());
        if (earlier.isEmpty()) {
            toClerk(t, "a reversal of " + t.getAmount() + " with KID " + t.getKid()
                    + " matches no payment booked here");
            return IncomingTransaction.Status.UNMATCHED;
        }
        Payment reversed = reversals.reverse(earlier.get().getId(), t.getSettledOn(), "bank " + t.getReference(),
                InvoiceHistory.SYSTEM);
        t.booked(IncomingTransaction.Status.REVERSED, reversed.getInvoiceId(), reversed.getId(),
                reversed.getReversalVoucherId(), "reversed payment " + reversed.getId(), clock.now(),
                InvoiceHistory.SYSTEM);
        return IncomingTransaction.Status.REVERSED;
    }

    /** What a clerk decided in "Match payment": pay this invoice, or keep the money apart as unidentified. */
    IncomingTransaction.Status bookByClerk(long transactionId, Long invoiceId, String comment, String clerk) {
        return newTransaction.execute(s -> {
            IncomingTransaction t = transactions.findById(transactionId).orElseThrow();
            if (t.getStatus() != IncomingTransaction.Status.UNMATCHED) {
                return t.getStatus();
            }
            if (t.isReversal()) {
                return reverseByClerk(t, invoiceId, comment, clerk);
            }
            if (invoiceId == null) {
                Voucher voucher = ledger.post(new VoucherRequest(t.getSettledOn(), "Uidentifisert innbetaling "
                        + t.getReference(), UNIDENTIFIED_ACCOUNT_SOURCE, t.getId(), clerk, List.of(
                        PostingLine.debit(payments.bankAccount(), t.getAmount(), null, null, t.getReference()),
                        PostingLine.credit(UNIDENTIFIED_ACCOUNT, t.getAmount(), null, null, t.getReference())))
                        .inFirstOpenPeriod());
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

    /**
     * A reversal (or negative transaction) is never booked as a payment, not even by a clerk: on an invoice it takes
     * back that invoice's latest payment of exactly its amount; unidentified, the money that left the bank is kept
     * apart on 2990 (debit 2990, credit bank).
     */
    private IncomingTransaction.Status reverseByClerk(IncomingTransaction t, Long invoiceId, String comment,
            String clerk) {
        if (invoiceId == null) {
            Voucher voucher = ledger.post(new VoucherRequest(t.getSettledOn(), "Uidentifisert tilbakeføring "
                    + t.getReference(), UNIDENTIFIED_ACCOUNT_SOURCE, t.getId(), clerk, List.of(
                    PostingLine.debit(UNIDENTIFIED_ACCOUNT, t.getAmount(), null, null, t.getReference()),
                    PostingLine.credit(payments.bankAccount(), t.getAmount(), null, null, t.getReference())))
                    .inFirstOpenPeriod());
            t.booked(IncomingTransaction.Status.UNIDENTIFIED, null, null, voucher.getId(), comment, clock.now(),
                    clerk);
            return IncomingTransaction.Status.UNIDENTIFIED;
        }
        Payment earlier = reversiblePaymentOn(invoiceId, t).orElseThrow(() -> new IllegalArgumentException(
                "invoice id " + invoiceId + " has no payment of " + t.getAmount() + " to take back"));
        Payment reversed = reversals.reverse(earlier.getId(), t.getSettledOn(), "bank " + t.getReference(), clerk);
        t.booked(IncomingTransaction.Status.REVERSED, invoiceId, reversed.getId(), reversed.getReversalVoucherId(),
                comment, clock.now(), clerk);
        return IncomingTransaction.Status.REVERSED;
    }

    /** The latest payment on the invoice not yet reversed, of exactly the transaction's amount. */
    Optional<Payment> reversiblePaymentOn(long invoiceId, IncomingTransaction t) {
        return payments.paymentsOf(invoiceId).stream()
                .filter(p -> p.getReversedOn() == null && p.getAmount().compareTo(t.getAmount()) == 0)
                .reduce((first, second) -> second);
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

    /** Starts "Match payment" for a clerk, in the caller's transaction. */
    private void toClerk(IncomingTransaction t, String reason) {
        ProcessInstance process = runtime.startProcessInstanceByKey(PaymentMatching.PROCESS_KEY,
                "bank-" + t.getReference(), Map.of(
                        PaymentMatching.TRANSACTION_ID, t.getId(),
                        PaymentMatching.AMOUNT, t.getAmount().toPlainString(),
                        PaymentMatching.SETTLED_ON, t.getSettledOn().toString(),
                        PaymentMatching.REASON, reason));
        t.waitingForClerk(process.getId(), reason);
    }
}
