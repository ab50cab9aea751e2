package no.fakturaflyt.distribution;

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
        log.deliveredManually(RunVariables.invoiceId(execution), RunVariables.documentId(execution),
                (String) execution.getVariable(DistributionRun.DECIDED_BY),
                (String) execution.getVariable(DistributionRun.MANUAL_COMMENT));
        execution.setVariable(DistributionRun.DELIVERED_CHANNEL, "MANUAL");
    }
}
