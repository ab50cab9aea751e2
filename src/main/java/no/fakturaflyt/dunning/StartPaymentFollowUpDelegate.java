package no.fakturaflyt.dunning;

import java.util.Map;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Event_PaymentFollowUpStarted of the invoice lifecycle: starts payment-follow-up for a posted invoice, in the
 * posting's transaction, under the lifecycle's business key. A credit note starts none.
 */
@Component("startPaymentFollowUpDelegate")
class StartPaymentFollowUpDelegate implements JavaDelegate {

    private final InvoiceService invoices;

    StartPaymentFollowUpDelegate(InvoiceService invoices) {
        this.invoices = invoices;
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
        runtime.startProcessInstanceByMessage(PaymentFollowUp.MESSAGE_REQUESTED, execution.getProcessBusinessKey(),
                Map.of(PaymentFollowUp.INVOICE_ID, invoiceId,
                        PaymentFollowUp.INVOICE_NUMBER, invoice.getInvoiceNumber(),
                        PaymentFollowUp.CUSTOMER_NAME, invoice.getBuyerName(),
                        PaymentFollowUp.PAUSED, false));
    }
}
