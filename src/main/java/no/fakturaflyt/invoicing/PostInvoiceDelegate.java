package no.fakturaflyt.invoicing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PostInvoice: numbers and posts the invoice as the last work of the job's transaction
 * ({@link InvoicePostingService#postAtCommit}); {@link NamePostedProcessListener} gives the process its business key
 * in the next step, once the number is known.
 */
@Component("postInvoiceDelegate")
class PostInvoiceDelegate implements JavaDelegate {

    private final InvoicePostingService posting;

    PostInvoiceDelegate(InvoicePostingService posting) {
        this.posting = posting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(InvoiceLifecycle.INVOICE_ID);
        posting.postAtCommit(invoiceId, execution.getProcessInstanceId());
    }
}
