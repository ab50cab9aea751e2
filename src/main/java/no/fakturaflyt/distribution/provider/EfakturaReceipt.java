package no.fakturaflyt.distribution.provider;

import java.time.Instant;

/** The eFaktura provider took the invoice; {@code receiptId} is its reference. */
public record EfakturaReceipt(String receiptId, Instant receivedAt) {
}
