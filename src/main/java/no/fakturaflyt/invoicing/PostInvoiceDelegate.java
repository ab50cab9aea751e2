package no.fakturaflyt.invoicing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PostInvoice: numbers and posts the invoice; the business key becomes its number. */
@Component("postInvoiceDelegate")
class PostInvoiceDelegate implements JavaDelegate {

    private final InvoicePostingService posting;

    PostInvoiceDelegate(InvoicePostingService posting) {
        this.posting = posting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(InvoiceLifecycle.INVOICE_ID);
        Invoice invoice = posting.post(invoiceId, execution.getProcessInstanceId());
        execution.setVariable(InvoiceLifecycle.INVOICE_NUMBER, String.valueOf(invoice.getInvoiceNumber()));
        execution.setProcessBusinessKey(InvoiceLifecycle.businessKey(invoice));
    }
}
