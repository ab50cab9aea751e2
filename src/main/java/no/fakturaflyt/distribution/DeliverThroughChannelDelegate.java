package no.fakturaflyt.distribution;

import no.fakturaflyt.common.ChannelType;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Task_DeliverThroughChannel: one try on the current channel. A recipient the channel cannot reach becomes
 * Error_RecipientUnreachable; a technical failure is thrown on so the job retries with backoff, and on the last
 * retry becomes Error_ChannelFailed, so the run moves on instead of stopping at an incident. An e-mail that an earlier
 * try may have delivered (its attempt left SENDING) becomes Error_DeliveryUnconfirmed: the clerk decides, with every
 * attempt listed, whether to resend (retry the channel) or record it as delivered.
 */
@Component("deliverThroughChannelDelegate")
class DeliverThroughChannelDelegate implements JavaDelegate {

    private final DistributionService distribution;

    DeliverThroughChannelDelegate(DistributionService distribution) {
        this.distribution = distribution;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = RunVariables.invoiceId(execution);
        Long documentId = RunVariables.documentId(execution);
        ChannelType channel = ChannelCursor.current(execution);
        try {
            DeliveryReceipt receipt = distribution.deliver(invoiceId, documentId, channel);
            execution.setVariable(DistributionRun.DELIVERED_CHANNEL, channel.name());
            execution.setVariable(DistributionRun.DELIVERY_REFERENCE, receipt.providerReference());
            execution.removeVariable(DistributionRun.DELIVERY_FAILURE_REASON);
        } catch (RecipientUnreachableException e) {
            execution.setVariable(DistributionRun.DELIVERY_FAILURE_REASON, e.getMessage());
            throw new BpmnError(DistributionRun.ERROR_RECIPIENT_UNREACHABLE, e.getMessage());
        } catch (DeliveryUnconfirmedException e) {
            execution.setVariable(DistributionRun.DELIVERY_FAILURE_REASON, e.getMessage());
            execution.setVariable(DistributionRun.ATTEMPTS_SUMMARY, distribution.attemptsSummary(invoiceId, documentId));
            throw new BpmnError(DistributionRun.ERROR_DELIVERY_UNCONFIRMED, e.getMessage());
        } catch (RuntimeException e) {
            if (isLastRetry(execution)) {
                String reason = channel + " kept failing: " + PdfMailer.rootMessage(e);
                execution.setVariable(DistributionRun.DELIVERY_FAILURE_REASON, reason);
                throw new BpmnError(DistributionRun.ERROR_CHANNEL_FAILED, reason);
            }
            throw e;
        }
    }

    /**
     * The job's retries count down 3, 2, 1 over the tries the retry cycle allows; 1 is the last. The task is a scope
     * (it has boundary events), so its async-before job belongs to the parent execution, not to the scope execution
     * the delegate runs in: look the job up by process instance and activity.
     */
    private static boolean isLastRetry(DelegateExecution execution) {
        Job job = execution.getProcessEngineServices().getManagementService().createJobQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .activityId(execution.getCurrentActivityId()).singleResult();
        return job == null || job.getRetries() <= 1;
    }
}
