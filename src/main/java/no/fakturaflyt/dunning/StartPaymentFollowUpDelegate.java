package no.fakturaflyt.dunning;

import java.util.Map;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceType;
import no.fakturaflyt.ledger.LedgerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Event_PaymentFollowUpStarted of the invoice lifecycle: starts payment-follow-up for a posted invoice under the
 * lifecycle's business key, in a job of its own right after the posting. A credit note starts none, and neither does
 * an invoice on which nothing is open any more (paid or credited in full between the posting and this step); a retry
 * finds the follow-up it started before and starts no second one.
 */
@Component("startPaymentFollowUpDelegate")
class StartPaymentFollowUpDelegate implements JavaDelegate {

    private final InvoiceService invoices;
    private final LedgerService ledger;
    private final InvoiceHistory history;

    StartPaymentFollowUpDelegate(InvoiceService invoices, LedgerService ledger, InvoiceHistory history) {
        this.invoices = invoices;
        this.ledger = ledger;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(PaymentFollowUp.INVOICE_ID);
        Invoice invoice = invoices.get(invoiceId);
        if (invoice.getInvoiceType() != InvoiceType.INVOICE) {
            return;
        }
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                .processInstanceBusinessKey(execution.getProcessBusinessKey()).count() > 0;
        if (running) {
            return;
        }
        if (ledger.openAmountOf(invoiceId).signum() <= 0) {
            history.record(invoiceId, "FOLLOW_UP_NOT_NEEDED", InvoiceHistory.SYSTEM, null,
                    "Nothing is open on invoice " + invoice.getInvoiceNumber() + " any more; no payment follow-up");
            return;
        }
        runtime.startProcessInstanceByMessage(PaymentFollowUp.MESSAGE_REQUESTED, execution.getProcessBusinessKey(),
                Map.of(PaymentFollowUp.INVOICE_ID, invoiceId,
                        PaymentFollowUp.INVOICE_NUMBER, invoice.getInvoiceNumber(),
                        PaymentFollowUp.CUSTOMER_NAME, invoice.getBuyerName(),
                        PaymentFollowUp.PAUSED, false));
    }
}
