package no.fakturaflyt.distribution;

import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completing UserTask_DistributeManually: checks the clerk's decision, keeps an e-mail address the clerk corrected
 * on the customer, and notes who decided what.
 */
@Component("manualDistributionTaskListener")
class ManualDistributionTaskListener implements TaskListener {

    private final InvoiceService invoices;
    private final CustomerService customers;
    private final InvoiceHistory history;
    private final IdentityService identityService;

    ManualDistributionTaskListener(InvoiceService invoices, CustomerService customers, InvoiceHistory history,
            IdentityService identityService) {
        this.invoices = invoices;
        this.customers = customers;
        this.history = history;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        long invoiceId = RunVariables.invoiceId(task);
        Long documentId = RunVariables.documentId(task);
        Authentication current = identityService.getCurrentAuthentication();
        String user = current != null ? current.getUserId()
                : task.getAssignee() != null ? task.getAssignee() : InvoiceHistory.SYSTEM;
        task.setVariable(DistributionRun.DECIDED_BY, user);
        String decision = (String) task.getVariable(DistributionRun.MANUAL_DECISION);
        String channel = (String) task.getVariable(DistributionRun.RETRY_CHANNEL);
        if (DistributionRun.DECISION_RETRY_CHANNEL.equals(decision)) {
            requireChannel(channel);
        }
        String email = (String) task.getVariable(DistributionRun.RECIPIENT_EMAIL);
        long customerId = invoices.get(invoiceId).getCustomerId();
        if (!DistributionRun.DECISION_DELIVERED.equals(decision) && email != null && !email.isBlank()
                && !email.trim().equalsIgnoreCase(String.valueOf(customers.get(customerId).getInvoiceEmail()))) {
            customers.changeInvoiceEmail(customerId, email.trim());
            history.record(invoiceId, "CUSTOMER_EMAIL_CORRECTED", user, ChannelType.EMAIL.name(),
                    "Invoice e-mail set to " + email.trim());
        }
        // the address belongs to this decision only: left on the process, it would overwrite a later correction in
        // the customer register when the clerk decides again
        task.removeVariable(DistributionRun.RECIPIENT_EMAIL);
        String comment = (String) task.getVariable(DistributionRun.MANUAL_COMMENT);
        history.record(invoiceId, "MANUAL_DISTRIBUTION_DECIDED", user, null,
                (documentId == null ? "" : "Document " + documentId + ": ") + decision
                + (DistributionRun.DECISION_RETRY_CHANNEL.equals(decision) ? " " + channel : "")
                + (comment == null || comment.isBlank() ? "" : ": " + comment));
    }

    private static void requireChannel(String channel) {
        try {
            ChannelType.valueOf(channel);
        } catch (RuntimeException e) {
            throw new InvalidInputException(DistributionRun.RETRY_CHANNEL, "Choose the channel to retry");
        }
    }
}
