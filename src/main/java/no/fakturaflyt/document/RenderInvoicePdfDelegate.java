package no.fakturaflyt.document;

import no.fakturaflyt.invoicing.InvoiceLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RenderInvoicePdf: renders and stores the invoice's PDF (once). */
@Component("renderInvoicePdfDelegate")
class RenderInvoicePdfDelegate implements JavaDelegate {

    private final DocumentService documents;

    RenderInvoicePdfDelegate(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.renderInvoicePdf((Long) execution.getVariable(InvoiceLifecycle.INVOICE_ID));
    }
}
