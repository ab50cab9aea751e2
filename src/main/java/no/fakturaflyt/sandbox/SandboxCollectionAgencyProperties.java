package no.fakturaflyt.sandbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the sandbox collection agency calls the creditor back when a case is closed.
 *
 * @param callbackUrl     the creditor's callback; {@value #SELF} or empty = this application's own
 *                        ({@code /api/collection-agency/callback} on whatever port the server got)
 * @param callbackSecret  the secret the sandbox agency signs its callbacks with (the creditor's
 *                        {@code fakturaflyt.collection-agency.callback-secret})
 * @param callbackTimeout how long to wait for the creditor to connect and answer (default 5 s)
 */
@ConfigurationProperties("fakturaflyt.sandbox.collection-agency")
public record SandboxCollectionAgencyProperties(String callbackUrl, String callbackSecret, Duration callbackTimeout) {

    public static final String SELF = "self";

    public SandboxCollectionAgencyProperties {
        callbackTimeout = callbackTimeout == null ? Duration.ofSeconds(5) : callbackTimeout;
    }

    boolean isSelf() {
        return callbackUrl == null || callbackUrl.isBlank() || SELF.equalsIgnoreCase(callbackUrl.trim());
    }
}
