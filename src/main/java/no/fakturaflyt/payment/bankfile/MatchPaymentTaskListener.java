package no.fakturaflyt.payment.bankfile;

import java.util.List;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_MatchPayment. On create: what the bank said and where the payment might belong, for the form. On
 * complete: the invoice number the clerk typed must name a posted invoice (else the task stays open with the reason),
 * and who decided is kept.
 */
@Component("matchPaymentTaskListener")
class MatchPaymentTaskListener implements TaskListener {

    private final IncomingTransactionRepository transactions;
    private final MatchSuggestions suggestions;
    private final InvoiceService invoices;
    private final IncomingPaymentBooker booker;

    MatchPaymentTaskListener(IncomingTransactionRepository transactions, MatchSuggestions suggestions,
            InvoiceService invoices, IncomingPaymentBooker booker) {
        this.transactions = transactions;
        this.suggestions = suggestions;
        this.invoices = invoices;
        this.booker = booker;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            describe(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            decide(task);
        }
    }

    private void describe(DelegateTask task) {
        IncomingTransaction t = transactions.findById((Long) task.getVariable(PaymentMatching.TRANSACTION_ID))
                .orElseThrow();
        task.setVariable(PaymentMatching.DETAILS, "Amount " + t.getAmount() + " NOK, settled " + t.getSettledOn()
                + (t.isReversal() ? " (a reversal)" : "") + "; KID " + (t.getKid() == null ? "none" : t.getKid())
                + "; payer " + (t.getPayerName() == null ? "unknown" : t.getPayerName())
                + (t.getPayerAccount() == null ? "" : " (account " + t.getPayerAccount() + ")")
                + (t.getMessage() == null ? "" : "; message \"" + t.getMessage() + "\"")
                + "; transaction " + t.getReference()
                + (t.getBankReference() == null || t.getBankReference().equals(t.getReference()) ? ""
                        : " (bank's reference " + t.getBankReference() + ")"));
        List<String> found = suggestions.forTransaction(t);
        task.setVariable(PaymentMatching.SUGGESTIONS, found.isEmpty() ? "No suggestions."
                : String.join("\n", found));
    }

    private void decide(DelegateTask task) {
        Object decision = task.getVariable(PaymentMatching.DECISION);
        String clerk = task.getAssignee() != null ? task.getAssignee()
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        task.setVariable(PaymentMatching.MATCHED_BY, clerk);
        if (PaymentMatching.DECISION_UNIDENTIFIED.equals(decision)) {
            task.setVariable(PaymentMatching.MATCHED_INVOICE_ID, null);
            return;
        }
        if (!PaymentMatching.DECISION_ASSIGN.equals(decision)) {
            throw new IllegalArgumentException("matchDecision must be ASSIGN or UNIDENTIFIED, not " + decision);
        }
        Object number = task.getVariable(PaymentMatching.INVOICE_NUMBER);
        if (!(number instanceof Number n)) {
            throw new IllegalArgumentException("Give the number of the invoice this payment is for");
        }
        Invoice invoice = invoices.findInvoiceByNumber(n.longValue()).filter(Invoice::isPosted)
                .orElseThrow(() -> new IllegalArgumentException("There is no posted invoice number " + n));
        IncomingTransaction t = transactions.findById((Long) task.getVariable(PaymentMatching.TRANSACTION_ID))
                .orElseThrow();
        if (t.isReversal() && booker.reversiblePaymentOn(invoice.getId(), t).isEmpty()) {
            throw new IllegalArgumentException("This is a reversal (money taken back), never a payment: invoice "
                    + n + " has no payment of " + t.getAmount() + " to take back; choose its invoice or UNIDENTIFIED");
        }
        task.setVariable(PaymentMatching.MATCHED_INVOICE_ID, invoice.getId());
    }
}
