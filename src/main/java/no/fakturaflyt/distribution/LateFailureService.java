package no.fakturaflyt.distribution;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bounce or a Peppol rejection that arrives after "sent": the attempt is marked rejected and the document's run is
 * reopened at its next channel, in one transaction.
 */
@Service
public class LateFailureService {

    private final DeliveryLog log;
    private final RuntimeService runtimeService;

    LateFailureService(DeliveryLog log, RuntimeService runtimeService) {
        this.log = log;
        this.runtimeService = runtimeService;
    }

    /** @return whether a delivery with this provider reference was found and its run reopened */
    @Transactional
    public boolean report(String providerReference, String reason) {
        Optional<DeliveryAttempt> attempt = log.rejectedLate(providerReference, reason);
        if (attempt.isEmpty()) {
            return false;
        }
        runtimeService.createMessageCorrelation(DistributionRun.MESSAGE_DELIVERY_FAILED_LATE)
                .processInstanceVariableEquals(DistributionRun.DELIVERY_REFERENCE, providerReference)
                .setVariable(DistributionRun.DELIVERY_FAILURE_REASON, reason)
                .correlateAllWithResult();
        return true;
    }
}
