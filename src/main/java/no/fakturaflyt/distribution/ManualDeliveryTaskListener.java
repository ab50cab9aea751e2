package no.fakturaflyt.distribution;

import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceLifecycle;
import no.fakturaflyt.invoicing.InvoiceService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On completing UserTask_DeliverManually: keeps the e-mail address the clerk corrected on the customer and notes who
 * decided what, before the process retries or records the manual delivery.
 */
@Component("manualDeliveryTaskListener")
class ManualDeliveryTaskListener implements TaskListener {

    static final String DECIDED_BY = "manualDeliveryBy";

    private final InvoiceService invoices;
    private final CustomerService customers;
    private final InvoiceHistory history;
    private final IdentityService identityService;

    ManualDeliveryTaskListener(InvoiceService invoices, CustomerService customers, InvoiceHistory history,
            IdentityService identityService) {
        this.invoices = invoices;
        this.customers = customers;
        this.history = history;
        this.identityService = identityService;
    }

    @Override
    @Transactional
    public void notify(DelegateTask task) {
        long invoiceId = (Long) task.getVariable(InvoiceLifecycle.INVOICE_ID);
        Authentication current = identityService.getCurrentAuthentication();
        String user = current != null ? current.getUserId()
                : task.getAssignee() != null ? task.getAssignee() : InvoiceHistory.SYSTEM;
        task.setVariable(DECIDED_BY, user);
        String decision = (String) task.getVariable(InvoiceLifecycle.MANUAL_DELIVERY_DECISION);
        String email = (String) task.getVariable(InvoiceLifecycle.RECIPIENT_EMAIL);
        long customerId = invoices.get(invoiceId).getCustomerId();
        if (InvoiceLifecycle.DECISION_RETRY.equals(decision) && email != null && !email.isBlank()
                && !email.trim().equalsIgnoreCase(String.valueOf(customers.get(customerId).getInvoiceEmail()))) {
            customers.changeInvoiceEmail(customerId, email.trim());
            history.record(invoiceId, "CUSTOMER_EMAIL_CORRECTED", user, InvoiceEmailSender.CHANNEL,
                    "Invoice e-mail set to " + email.trim());
        }
        history.record(invoiceId, "MANUAL_DELIVERY_DECIDED", user, null, decision
                + commentSuffix((String) task.getVariable(InvoiceLifecycle.MANUAL_DELIVERY_COMMENT)));
    }

    private static String commentSuffix(String comment) {
        return comment == null || comment.isBlank() ? "" : ": " + comment;
    }
}
