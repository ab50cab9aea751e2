package no.fakturaflyt.distribution;

import java.util.Optional;
import no.fakturaflyt.common.ChannelType;

/**
 * One way of delivering a document to its recipient. The distribution run asks each channel in the customer's order
 * whether it can take the document, then lets the first one that can deliver it.
 */
public interface DeliveryChannel {

    ChannelType type();

    /** Why this channel cannot take this document for this recipient; empty when it can. */
    Optional<String> ineligibility(DeliveryContext context);

    /**
     * Delivers the document. Every outside call carries {@link DeliveryContext#idempotencyKey()}, so a retry after a
     * call the provider accepted but did not answer delivers nothing twice.
     *
     * @throws RecipientUnreachableException when the channel cannot reach this recipient (the run moves on)
     * @throws RuntimeException              any other failure is technical: the step is retried with backoff
     */
    DeliveryReceipt deliver(DeliveryContext context);

    /**
     * Whether delivering through this channel leaves the payee to notify the recipient through another channel:
     * an AvtaleGiro claim of transaction type 02. The run then sends an {@link AvtaleGiroNotice} as well.
     */
    default boolean payeeMustNotify(DeliveryContext context) {
        return false;
    }

    /** Whom the channel will deliver to (address, number, participant id), known before it tries; may be null. */
    default String recipient(DeliveryContext context) {
        return null;
    }

    /**
     * Whether a repeat of the outside call with the same idempotency key only tells what became of the first one: the
     * provider answers it with the first call's receipt and delivers nothing twice (the Peppol access point, eFaktura,
     * Vipps, the print service, the factoring company all keep the Idempotency-Key). Then an attempt left SENDING by a
     * crash is resolved by asking again. False (e-mail: an SMTP server accepts every copy) means such an attempt is
     * never repeated by itself but put to a clerk.
     */
    default boolean answersRepeatsWithFirstReceipt() {
        return false;
    }

    /** The key this delivery is known by, in the delivery log and at the provider: document + channel. */
    default String idempotencyKey(DeliveryContext context) {
        return context.idempotencyKey();
    }
}
