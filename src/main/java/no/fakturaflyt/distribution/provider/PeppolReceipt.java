package no.fakturaflyt.distribution.provider;

import java.time.Instant;

/** The access point took the document; {@code messageId} is its reference for it. */
public record PeppolReceipt(String messageId, Instant receivedAt) {
}
