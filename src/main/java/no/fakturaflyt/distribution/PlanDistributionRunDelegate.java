package no.fakturaflyt.distribution;

import java.util.List;
import no.fakturaflyt.common.ChannelType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PlanDistributionRun: the channels to try, in the customer's (or the company's) order, the same for the invoice
 * and its follow-up documents; a channel that cannot carry a follow-up document says so when its turn comes.
 */
@Component("planDistributionRunDelegate")
class PlanDistributionRunDelegate implements JavaDelegate {

    private final DistributionService distribution;
    private final DistributionProperties properties;

    PlanDistributionRunDelegate(DistributionService distribution, DistributionProperties properties) {
        this.distribution = distribution;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = RunVariables.invoiceId(execution);
        distribution.requireDocumentOf(invoiceId, RunVariables.documentId(execution));
        List<ChannelType> run = distribution.runFor(invoiceId);
        ChannelCursor.start(execution, run);
        if (!execution.hasVariable(DistributionRun.LATE_FAILURE_WINDOW)) {
            execution.setVariable(DistributionRun.LATE_FAILURE_WINDOW, properties.lateFailureWindow().toString());
        }
    }
}
