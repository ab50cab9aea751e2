package no.fakturaflyt.distribution.provider;

/** Headers the provider clients send. */
public final class ProviderHeaders {

    /**
     * Carried by every sending call; the caller derives it from the document and the channel, so a retry after a
     * call the provider accepted but did not answer in time is recognised by the provider and delivers nothing twice.
     */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private ProviderHeaders() {
    }
}
