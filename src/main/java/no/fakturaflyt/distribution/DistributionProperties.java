package no.fakturaflyt.distribution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param lateFailureWindow how long after a channel accepted a document a bounce or a Peppol rejection still reopens
 *                          the run at the next channel (default 2 days); the invoice lifecycle moves on after it
 */
@ConfigurationProperties("fakturaflyt.distribution")
public record DistributionProperties(Duration lateFailureWindow) {

    public DistributionProperties {
        lateFailureWindow = lateFailureWindow == null ? Duration.ofDays(2) : lateFailureWindow;
    }
}
