package no.fakturaflyt.distribution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the database connections and the job locks are shared out (see docs/operations.md). Checked at start-up by
 * {@link CapacityCheck}.
 *
 * @param webConnections connections kept for HTTP requests (and the bank-file inbox, the bounce poller) beyond what
 *                       the job threads and the bank-file booking threads may hold at once (default 8)
 * @param lockMargin     what a delivery job may take beyond its outside calls' timeouts and its waits for connections
 *                       (rendering, validating EHF, the engine's own work); default 15 s
 * @param failOnRisk     stop the start-up when the pool can run dry or a job can outlive its lock (default true);
 *                       false only logs it
 */
@ConfigurationProperties("fakturaflyt.capacity")
public record CapacityProperties(Integer webConnections, Duration lockMargin, Boolean failOnRisk) {

    public CapacityProperties {
        webConnections = webConnections == null ? 8 : webConnections;
        lockMargin = lockMargin == null ? Duration.ofSeconds(15) : lockMargin;
        failOnRisk = failOnRisk == null || failOnRisk;
    }
}
