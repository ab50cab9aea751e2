package no.fakturaflyt.distribution.provider;

import java.time.Instant;

/** The print service took the letter; {@code jobId} is its reference. */
public record PrintReceipt(String jobId, Instant receivedAt) {
}
