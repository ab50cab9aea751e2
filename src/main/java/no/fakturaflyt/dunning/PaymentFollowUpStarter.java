package no.fakturaflyt.dunning;

import java.util.Map;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceLifecycle;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceType;
import no.fakturaflyt.ledger.LedgerService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts an invoice's payment-follow-up (message {@value PaymentFollowUp#MESSAGE_REQUESTED}) under the invoice's
 * business key, in the caller's transaction: after posting (the lifecycle's Event_PaymentFollowUpStarted) and after a
 * reversed payment made the invoice owing again. Never twice: a follow-up already running is left as it is. A credit
 * note gets none, and neither does an invoice on which nothing is open; its history says why.
 */
@Component
public class PaymentFollowUpStarter {

    private final RuntimeService runtime;
    private final InvoiceService invoices;
    private final LedgerService ledger;
    private final InvoiceHistory history;

    PaymentFollowUpStarter(RuntimeService runtime, InvoiceService invoices, LedgerService ledger,
            InvoiceHistory history) {
        this.runtime = runtime;
        this.invoices = invoices;
        this.ledger = ledger;
        this.history = history;
    }

    /** @return whether a follow-up was started just now */
    public boolean start(long invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        if (invoice.getInvoiceType() != InvoiceType.INVOICE) {
            return false;
        }
        String businessKey = InvoiceLifecycle.businessKey(invoice);
        boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).count() > 0;
        if (running) {
            return false;
        }
        if (ledger.openAmountOf(invoiceId).signum() <= 0) {
            history.record(invoiceId, "FOLLOW_UP_NOT_NEEDED", InvoiceHistory.SYSTEM, null,
                    "Nothing is open on invoice " + invoice.getInvoiceNumber() + " any more; no payment follow-up");
            return false;
        }
        runtime.startProcessInstanceByMessage(PaymentFollowUp.MESSAGE_REQUESTED, businessKey, Map.of(
                PaymentFollowUp.INVOICE_ID, invoiceId,
                PaymentFollowUp.INVOICE_NUMBER, invoice.getInvoiceNumber(),
                PaymentFollowUp.CUSTOMER_NAME, invoice.getBuyerName(),
                PaymentFollowUp.PAUSED, false));
        return true;
    }
}
