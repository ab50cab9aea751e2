package no.fakturaflyt.distribution;

/** SENDING: handed to the channel, outcome not yet known. */
public enum DeliveryStatus {
    SENDING, SENT, FAILED, UNREACHABLE, DELIVERED_MANUALLY
}
