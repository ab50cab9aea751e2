package no.fakturaflyt.distribution;

/**
 * SKIPPED: the channel cannot take this document for this recipient (not eligible), nothing was sent.
 * SENDING: handed to the channel, outcome not yet known. SENT: accepted by the channel. FAILED: a technical failure.
 * UNREACHABLE: the channel said it cannot reach the recipient. REJECTED_LATE: a bounce or rejection after SENT.
 * UNCONFIRMED: an attempt found still SENDING on a later try, through a channel that cannot be asked what became of it
 * (e-mail): it may have arrived, so it is not sent again automatically; a clerk checks and resends or records it.
 */
public enum DeliveryStatus {
    SKIPPED, SENDING, SENT, FAILED, UNREACHABLE, REJECTED_LATE, DELIVERED_MANUALLY, UNCONFIRMED
}
