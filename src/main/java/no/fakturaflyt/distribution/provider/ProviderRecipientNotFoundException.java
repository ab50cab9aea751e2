package no.fakturaflyt.distribution.provider;

/**
 * The provider answered 404 on a lookup or recipient endpoint: the recipient is not reachable on this channel (not in
 * the Peppol directory, no eFaktura agreement, not a Vipps eFaktura user). A business outcome, not a technical
 * failure: the distribution run moves on to the next channel; retrying does not help.
 *
 * <p>Every other failure (5xx, timeouts, connection refused, other 4xx) surfaces as {@link feign.FeignException}:
 * technical, retried by the caller.
 */
public class ProviderRecipientNotFoundException extends RuntimeException {

    private final String provider;

    public ProviderRecipientNotFoundException(String provider, String message) {
        super(message);
        this.provider = provider;
    }

    /** The provider that answered: peppol, efaktura, vipps, print or factoring. */
    public String provider() {
        return provider;
    }
}
