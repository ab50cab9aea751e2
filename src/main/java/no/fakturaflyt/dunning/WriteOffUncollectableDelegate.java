package no.fakturaflyt.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_WriteOffUncollectable: the agency gave up; what is still owed is booked as a loss (7830/1500). */
@Component("writeOffUncollectableDelegate")
class WriteOffUncollectableDelegate implements JavaDelegate {

    private final FollowUpActions actions;

    WriteOffUncollectableDelegate(FollowUpActions actions) {
        this.actions = actions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = (Long) execution.getVariable(PaymentFollowUp.INVOICE_ID);
        actions.writeOffAfterCollection(invoiceId);
    }
}
