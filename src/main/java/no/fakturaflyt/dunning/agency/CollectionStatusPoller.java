package no.fakturaflyt.dunning.agency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the agency about every open case, every {@code fakturaflyt.collection-agency.poll-interval}: the way news of a
 * closed case arrives when the agency's callback did not reach us. A case the agency cannot be asked about now is
 * asked about next time; one failing case does not keep the others from being checked.
 */
@Component
class CollectionStatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(CollectionStatusPoller.class);
    static final String ACTOR = "collection-agency-poll";

    private final CollectionAgencyService service;
    private final CollectionAgencyClient agency;
    private final CaseStatusUpdates statusUpdates;

    CollectionStatusPoller(CollectionAgencyService service, CollectionAgencyClient agency,
            CaseStatusUpdates statusUpdates) {
        this.service = service;
        this.agency = agency;
        this.statusUpdates = statusUpdates;
    }

    @Scheduled(fixedDelayString = "${fakturaflyt.collection-agency.poll-interval:PT1M}",
            initialDelayString = "${fakturaflyt.collection-agency.poll-interval:PT1M}")
    void scheduledPoll() {
        pollOnce();
    }

    /** Checks each open case once; returns how many of them this found closed. */
    int pollOnce() {
        int closed = 0;
        for (CollectionCase open : service.openCases()) {
            try {
                if (statusUpdates.apply(agency.caseStatus(open.getAgencyReference()), ACTOR)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Status of collection case {} (invoice {}) not checked: {}", open.getAgencyReference(),
                        open.getInvoiceId(), e.toString());
            }
        }
        return closed;
    }
}
