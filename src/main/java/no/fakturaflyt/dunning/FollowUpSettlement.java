package no.fakturaflyt.dunning;

import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceLifecycle;
import no.fakturaflyt.invoicing.InvoicePosted;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceType;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.payment.CreditSetOff;
import no.fakturaflyt.payment.PaymentRegistered;
import no.fakturaflyt.payment.PaymentReversed;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a case that nothing is owed any more, in the transaction that made it so (payment, credit note, write-off):
 * the interrupting event subprocess of payment-follow-up ends it wherever it is, and if that fails, so does the
 * booking — never a booked payment whose follow-up goes on reminding.
 */
@Component
class FollowUpSettlement {

    private final RuntimeService runtime;
    private final InvoiceService invoices;
    private final LedgerService ledger;
    private final InvoiceHistory history;
    private final PaymentFollowUpStarter starter;

    FollowUpSettlement(RuntimeService runtime, InvoiceService invoices, LedgerService ledger,
            InvoiceHistory history, PaymentFollowUpStarter starter) {
        this.runtime = runtime;
        this.invoices = invoices;
        this.ledger = ledger;
        this.history = history;
        this.starter = starter;
    }

    /** A credit note that leaves nothing open on the invoice it credits ends that invoice's follow-up. */
    @EventListener
    void onInvoicePosted(InvoicePosted posted) {
        if (posted.type() != InvoiceType.CREDIT_NOTE) {
            return;
        }
        Long credited = invoices.get(posted.invoiceId()).getCreditedInvoiceId();
        if (credited != null && ledger.openAmountOf(credited).signum() <= 0) {
            settle(credited, "CREDIT_NOTE");
        } else if (credited != null) {
            history.record(credited, "FOLLOW_UP_CONTINUES", InvoiceHistory.SYSTEM, null, "Credit note "
                    + posted.number() + " lowered the claim; the follow-up continues on "
                    + Amounts.kr(ledger.openAmountOf(credited)));
        }
    }

    /**
     * A payment that leaves nothing open on the invoice ends its follow-up at once, wherever it stands; a partial one
     * lets it go on with the rest (the next step reads what is still owed).
     */
    @EventListener
    void onPaymentRegistered(PaymentRegistered payment) {
        if (payment.invoiceOpenAfter().signum() <= 0) {
            settle(payment.invoiceId(), "PAYMENT");
        } else {
            history.record(payment.invoiceId(), "FOLLOW_UP_CONTINUES", InvoiceHistory.SYSTEM, null, "Partial payment of "
                    + Amounts.kr(payment.amount()) + "; the follow-up continues on "
                    + Amounts.kr(payment.invoiceOpenAfter()));
        }
    }

    /** The customer's credit set off against the invoice counts as a payment of that amount on that day. */
    @EventListener
    void onCreditSetOff(CreditSetOff setOff) {
        if (setOff.invoiceOpenAfter().signum() <= 0) {
            settle(setOff.invoiceId(), "CREDIT_SET_OFF");
        } else {
            history.record(setOff.invoiceId(), "FOLLOW_UP_CONTINUES", InvoiceHistory.SYSTEM, null, "Credit balance of "
                    + Amounts.kr(setOff.amount()) + " set off; the follow-up continues on "
                    + Amounts.kr(setOff.invoiceOpenAfter()));
        }
    }

    /** A reversed payment that leaves the invoice owing again restarts its follow-up, unless one is still running. */
    @EventListener
    void onPaymentReversed(PaymentReversed reversed) {
        if (reversed.invoiceOpenAfter().signum() <= 0) {
            return;
        }
        starter.start(reversed.invoiceId());
    }

    /**
     * Ends the invoice's follow-up process, if one is running; returns whether one was. Found by the invoice's
     * business key (indexed), not by a variable's value, since every payment of a bank file comes this way.
     */
    boolean settle(long invoiceId, String settledBy) {
        return !runtime.createMessageCorrelation(PaymentFollowUp.MESSAGE_SETTLED)
                .processInstanceBusinessKey(InvoiceLifecycle.businessKey(invoices.get(invoiceId)))
                .setVariable(PaymentFollowUp.SETTLED_BY, settledBy)
                .correlateAllWithResult().isEmpty();
    }
}
