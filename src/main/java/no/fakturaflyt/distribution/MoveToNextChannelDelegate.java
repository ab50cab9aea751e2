package no.fakturaflyt.distribution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MoveToNextChannel: the current channel could not deliver; the next one in the run gets its turn. */
@Component("moveToNextChannelDelegate")
class MoveToNextChannelDelegate implements JavaDelegate {

    private final DistributionService distribution;

    MoveToNextChannelDelegate(DistributionService distribution) {
        this.distribution = distribution;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ChannelCursor.next(execution);
        execution.setVariable(DistributionRun.ATTEMPTS_SUMMARY,
                distribution.attemptsSummary(RunVariables.invoiceId(execution), RunVariables.documentId(execution)));
    }
}
