package no.fakturaflyt.distribution.provider;

import java.time.Instant;

/** Vipps took the invoice; {@code receiptId} is its reference. */
public record VippsReceipt(String receiptId, Instant receivedAt) {
}
