package no.fakturaflyt.distribution.provider;

import static no.fakturaflyt.distribution.provider.ProviderHeaders.IDEMPOTENCY_KEY;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Vipps eFaktura: invoices to a private customer's mobile number (never credit notes, norway.md §9). Paths are
 * relative to {@code fakturaflyt.providers.vipps.base-url}.
 */
public interface VippsClient {

    /**
     * Sends an invoice to the Vipps user with this mobile number.
     *
     * @throws ProviderRecipientNotFoundException when the number is not a Vipps eFaktura user (404)
     */
    @RecipientEndpoint
    @PostMapping(value = "/invoices", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    VippsReceipt send(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody VippsInvoiceRequest invoice);
}
