package no.fakturaflyt.distribution;

import java.util.List;
import no.fakturaflyt.common.ChannelType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareManualRetry: after a clerk's decision, either the one channel the clerk chose, or the whole run again
 * (e.g. after correcting the customer's data).
 */
@Component("prepareManualRetryDelegate")
class PrepareManualRetryDelegate implements JavaDelegate {

    private final DistributionService distribution;

    PrepareManualRetryDelegate(DistributionService distribution) {
        this.distribution = distribution;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = (String) execution.getVariable(DistributionRun.MANUAL_DECISION);
        if (DistributionRun.DECISION_RETRY_CHANNEL.equals(decision)) {
            String channel = (String) execution.getVariable(DistributionRun.RETRY_CHANNEL);
            ChannelCursor.start(execution, List.of(ChannelType.valueOf(channel)));
            execution.removeVariable(DistributionRun.RETRY_CHANNEL);
        } else {
            ChannelCursor.start(execution, distribution.runFor(RunVariables.invoiceId(execution)));
        }
    }
}
