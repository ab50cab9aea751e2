package no.fakturaflyt.distribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bounce or a Peppol rejection that arrives after "sent": the attempt is marked rejected and the run that delivered
 * that document is reopened at its next channel, in one transaction. An invoice and its reminders have runs of their
 * own at the same time; the run reopened is the one of the invoice whose documentId is the attempt's (none for the
 * invoice's own PDF), so a bounced reminder never sends the invoice again, nor the other way round.
 */
@Service
public class LateFailureService {

    private final DeliveryLog log;
    private final RuntimeService runtimeService;

    LateFailureService(DeliveryLog log, RuntimeService runtimeService) {
        this.log = log;
        this.runtimeService = runtimeService;
    }

    /** @return whether a delivery with this provider reference was found (its run, if still waiting, reopened) */
    @Transactional
    public boolean report(String providerReference, String reason) {
        Optional<DeliveryAttempt> attempt = log.rejectedLate(providerReference, reason);
        if (attempt.isEmpty()) {
            return false;
        }
        for (ProcessInstance run : runsOf(attempt.get(), providerReference)) {
            runtimeService.createMessageCorrelation(DistributionRun.MESSAGE_DELIVERY_FAILED_LATE)
                    .processInstanceId(run.getId())
                    .setVariable(DistributionRun.DELIVERY_FAILURE_REASON, reason)
                    .correlateAllWithResult();
        }
        return true;
    }

    /** The runs that delivered this attempt's document under this reference and still wait for a late failure. */
    private List<ProcessInstance> runsOf(DeliveryAttempt attempt, String providerReference) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(DistributionRun.PROCESS_KEY)
                .variableValueEquals(DistributionRun.DELIVERY_REFERENCE, providerReference)
                .list().stream()
                .filter(run -> Objects.equals(idOf(run, DistributionRun.INVOICE_ID), attempt.getInvoiceId()))
                .filter(run -> Objects.equals(idOf(run, DistributionRun.DOCUMENT_ID), attempt.getDocumentId()))
                .filter(run -> runtimeService.createEventSubscriptionQuery().processInstanceId(run.getId())
                        .eventName(DistributionRun.MESSAGE_DELIVERY_FAILED_LATE).count() > 0)
                .toList();
    }

    private Long idOf(ProcessInstance run, String variable) {
        Object value = runtimeService.getVariable(run.getId(), variable);
        return value instanceof Number number ? Long.valueOf(number.longValue()) : null;
    }
}
