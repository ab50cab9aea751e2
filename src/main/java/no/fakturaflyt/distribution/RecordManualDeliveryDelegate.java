package no.fakturaflyt.distribution;

import no.fakturaflyt.invoicing.InvoiceLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordManualDelivery: the clerk's "delivered by hand" goes on record with who and why. */
@Component("recordManualDeliveryDelegate")
class RecordManualDeliveryDelegate implements JavaDelegate {

    private final DeliveryLog log;

    RecordManualDeliveryDelegate(DeliveryLog log) {
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        log.deliveredManually((Long) execution.getVariable(InvoiceLifecycle.INVOICE_ID),
                (String) execution.getVariable(ManualDeliveryTaskListener.DECIDED_BY),
                (String) execution.getVariable(InvoiceLifecycle.MANUAL_DELIVERY_COMMENT));
    }
}
