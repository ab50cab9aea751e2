package no.fakturaflyt.distribution;

import no.fakturaflyt.distribution.bounce.Bounce;
import no.fakturaflyt.distribution.bounce.BounceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the bounce mailbox (fakturaflyt.bounces.*): each bounce of an invoice's (or a reminder's) e-mail reopens the
 * distribution run of that very document at the next channel.
 */
@Component
@ConditionalOnProperty(name = "fakturaflyt.bounces.enabled", havingValue = "true")
class BouncePoller {

    private static final Logger LOG = LoggerFactory.getLogger(BouncePoller.class);

    private final BounceReader reader;
    private final LateFailureService lateFailures;

    BouncePoller(BounceReader reader, LateFailureService lateFailures) {
        this.reader = reader;
        this.lateFailures = lateFailures;
    }

    @Scheduled(fixedDelayString = "${fakturaflyt.bounces.poll-interval:PT1M}")
    void poll() {
        for (Bounce bounce : reader.read()) {
            String reason = "Bounced: " + bounce.recipient() + ": " + bounce.reason();
            if (!lateFailures.report(bounce.originalMessageId(), reason)) {
                LOG.info("Bounce for {} matches no delivered document; ignored", bounce.originalMessageId());
            }
        }
    }
}
