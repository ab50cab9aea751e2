package no.fakturaflyt.distribution;

import no.fakturaflyt.invoicing.InvoiceLifecycle;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendInvoiceByEmail. A recipient that cannot be reached becomes Error_RecipientUnreachable (a clerk takes
 * over); an SMTP failure is thrown on, so the job retries and ends as an incident.
 */
@Component("sendInvoiceByEmailDelegate")
class SendInvoiceByEmailDelegate implements JavaDelegate {

    private final InvoiceEmailSender sender;

    SendInvoiceByEmailDelegate(InvoiceEmailSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(InvoiceLifecycle.INVOICE_ID);
        try {
            String recipient = sender.send(invoiceId);
            execution.setVariable(InvoiceLifecycle.RECIPIENT_EMAIL, recipient);
            execution.removeVariable(InvoiceLifecycle.DELIVERY_FAILURE_REASON);
        } catch (RecipientUnreachableException e) {
            execution.setVariable(InvoiceLifecycle.DELIVERY_FAILURE_REASON, e.getMessage());
            if (!execution.hasVariable(InvoiceLifecycle.RECIPIENT_EMAIL)) {
                execution.setVariable(InvoiceLifecycle.RECIPIENT_EMAIL, "");
            }
            throw new BpmnError(InvoiceLifecycle.ERROR_RECIPIENT_UNREACHABLE, e.getMessage());
        }
    }
}
