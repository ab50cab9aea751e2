package no.fakturaflyt.sandbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the sandbox collection agency calls the creditor back when a case is closed.
 *
 * @param callbackUrl     the creditor's callback; {@value #SELF} or empty = this application's own
 *                        ({@code /api/collection-agency/callback} on whatever port the server got)
 * @param callbackKey     the shared key sent in {@code X-Callback-Key}
 * @param callbackTimeout how long to wait for the creditor to connect and answer (default 5 s)
 */
@ConfigurationProperties("fakturaflyt.sandbox.collection-agency")
public record SandboxCollectionAgencyProperties(String callbackUrl, String callbackKey, Duration callbackTimeout) {

    public static final String SELF = "self";

    public SandboxCollectionAgencyProperties {
        callbackTimeout = callbackTimeout == null ? Duration.ofSeconds(5) : callbackTimeout;
    }

    boolean isSelf() {
        return callbackUrl == null || callbackUrl.isBlank() || SELF.equalsIgnoreCase(callbackUrl.trim());
    }
}
