package no.fakturaflyt.distribution.provider;

import static no.fakturaflyt.distribution.provider.ProviderHeaders.IDEMPOTENCY_KEY;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * eFaktura B2C: a consumer who said "ja takk til alle" has an eFaktura address, found by name, address, phone or
 * e-mail (norway.md §9). Paths are relative to {@code fakturaflyt.providers.efaktura.base-url}.
 */
public interface EfakturaClient {

    /**
     * Finds the consumer's eFaktura address.
     *
     * @throws ProviderRecipientNotFoundException when the consumer has none (404)
     */
    @RecipientEndpoint
    @PostMapping(value = "/consumers/lookup", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    EfakturaConsumer lookup(@RequestBody EfakturaLookupRequest request);

    /**
     * Sends an invoice to an eFaktura address.
     *
     * @throws ProviderRecipientNotFoundException when the address is unknown (404)
     */
    @RecipientEndpoint
    @PostMapping(value = "/invoices", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    EfakturaReceipt send(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody EfakturaInvoiceRequest invoice);
}
