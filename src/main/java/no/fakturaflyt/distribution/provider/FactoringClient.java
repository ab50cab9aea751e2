package no.fakturaflyt.distribution.provider;

import static no.fakturaflyt.distribution.provider.ProviderHeaders.IDEMPOTENCY_KEY;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The factoring company: offered an invoice, it buys it (and takes over delivery and follow-up) or declines. Paths
 * are relative to {@code fakturaflyt.providers.factoring.base-url}.
 */
public interface FactoringClient {

    /** Offers one invoice; a rejection is an answer (200 with REJECTED), not an exception. */
    @PostMapping(value = "/offers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    FactoringDecision offer(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody FactoringOfferRequest offer);
}
