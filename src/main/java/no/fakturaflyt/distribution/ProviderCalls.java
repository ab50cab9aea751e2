package no.fakturaflyt.distribution;

import java.util.Base64;
import java.util.function.Supplier;
import no.fakturaflyt.distribution.provider.ProviderRecipientNotFoundException;

/** Helpers the provider channels share: the PDF as base64, and "not found" as an unreachable recipient. */
final class ProviderCalls {

    private ProviderCalls() {
    }

    static String base64(byte[] content) {
        return Base64.getEncoder().encodeToString(content);
    }

    /** Runs a provider call; the provider's "not found" means this channel cannot reach the recipient. */
    static <T> T reachOrUnreachable(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProviderRecipientNotFoundException e) {
            throw new RecipientUnreachableException(e.getMessage());
        }
    }
}
