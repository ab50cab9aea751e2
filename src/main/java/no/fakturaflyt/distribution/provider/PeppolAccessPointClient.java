package no.fakturaflyt.distribution.provider;

import static no.fakturaflyt.distribution.provider.ProviderHeaders.IDEMPOTENCY_KEY;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Peppol access point: its directory (is a business a registered receiver?) and sending EHF documents
 * (Peppol BIS Billing 3.0 UBL). Paths are relative to {@code fakturaflyt.providers.peppol.base-url}.
 */
public interface PeppolAccessPointClient {

    /**
     * Looks a receiver up in the Peppol directory.
     *
     * @param participantId scheme and identifier, e.g. {@code 0192:987654325} (0192 = Norwegian organisation number)
     * @throws ProviderRecipientNotFoundException when it is not registered (404)
     */
    @RecipientEndpoint
    @GetMapping(value = "/participants/{participantId}", produces = MediaType.APPLICATION_JSON_VALUE)
    PeppolParticipant lookup(@PathVariable("participantId") String participantId);

    /**
     * Sends a UBL document (invoice or credit note) to a registered receiver.
     *
     * @throws ProviderRecipientNotFoundException when the receiver is not registered (404)
     */
    @RecipientEndpoint
    @PostMapping(value = "/messages", consumes = MediaType.APPLICATION_XML_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PeppolReceipt send(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestParam("receiver") String receiverParticipantId, @RequestBody String ublXml);
}
