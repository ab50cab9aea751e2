package no.fakturaflyt.dunning.agency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach the collection agency and how it reaches us.
 *
 * @param baseUrl        the agency's API, used as given; {@value #SELF} or empty = this application's own sandbox
 *                       agency ({@code /sandbox/collection-agency} on whatever port the server got)
 * @param apiKey         our API key at the agency, sent in {@code apiKeyHeader}
 * @param apiKeyHeader   the header carrying the API key (default {@code X-Api-Key})
 * @param connectTimeout how long to wait for a connection (default 2 s)
 * @param readTimeout    how long to wait for an answer (default 10 s)
 * @param pollInterval   the pause between two status checks of the open cases (default 1 minute)
 * @param callbackSecret this agency's own secret for signing its callbacks (HMAC-SHA256, see
 *                       {@link no.fakturaflyt.common.CallbackSignature}); empty = the callback refuses every call (the
 *                       poller alone brings the news)
 * @param callbackTolerance how far a callback's timestamp may be from our time (default 5 minutes); its id is kept
 *                       twice as long, so a replay is refused by its id or by its age
 */
@ConfigurationProperties("fakturaflyt.collection-agency")
public record CollectionAgencyProperties(String baseUrl, String apiKey, String apiKeyHeader, Duration connectTimeout,
        Duration readTimeout, Duration pollInterval, String callbackSecret, Duration callbackTolerance) {

    public static final String SELF = "self";

    public CollectionAgencyProperties {
        apiKeyHeader = apiKeyHeader == null || apiKeyHeader.isBlank() ? "X-Api-Key" : apiKeyHeader;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
        callbackTolerance = callbackTolerance == null ? Duration.ofMinutes(5) : callbackTolerance;
    }

    /** True when the URL means this application's own sandbox agency. */
    public boolean isSelf() {
        return baseUrl == null || baseUrl.isBlank() || SELF.equalsIgnoreCase(baseUrl.trim());
    }
}
