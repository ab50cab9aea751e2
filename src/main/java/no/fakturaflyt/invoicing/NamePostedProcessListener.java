package no.fakturaflyt.invoicing;

import no.fakturaflyt.common.NotFoundException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of Event_PaymentFollowUpStarted, the first step after the posting (in its own job): the posted invoice's
 * number becomes the lifecycle's business key and its {@code invoiceNumber} variable. The posting job cannot do it:
 * it takes the number as the very last work of its transaction, after the engine has written its own state.
 */
@Component("namePostedProcessListener")
class NamePostedProcessListener implements ExecutionListener {

    private final InvoiceRepository invoices;

    NamePostedProcessListener(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(InvoiceLifecycle.INVOICE_ID);
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        if (!invoice.isPosted()) {
            throw new IllegalStateException("Invoice " + invoiceId + " has passed its posting but is not posted");
        }
        String businessKey = InvoiceLifecycle.businessKey(invoice);
        if (!businessKey.equals(execution.getProcessBusinessKey())) {
            execution.setProcessBusinessKey(businessKey);
            execution.setVariable(InvoiceLifecycle.INVOICE_NUMBER, String.valueOf(invoice.getInvoiceNumber()));
        }
    }
}
