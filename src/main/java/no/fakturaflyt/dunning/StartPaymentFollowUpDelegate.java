package no.fakturaflyt.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Event_PaymentFollowUpStarted of the invoice lifecycle, a job of its own right after the posting: starts the
 * invoice's payment-follow-up through {@link PaymentFollowUpStarter} (none for a credit note or an invoice paid or
 * credited in full meanwhile; a retry starts no second one).
 */
@Component("startPaymentFollowUpDelegate")
class StartPaymentFollowUpDelegate implements JavaDelegate {

    private final PaymentFollowUpStarter starter;

    StartPaymentFollowUpDelegate(PaymentFollowUpStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        starter.start((Long) execution.getVariable(PaymentFollowUp.INVOICE_ID));
    }
}
