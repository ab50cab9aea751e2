package no.fakturaflyt.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The idempotency key of a clerk's request that brings none: the invoice, the amount, the payment date, the
 * reference and the day it is registered. A double click, or a retry of the same form the same day, is therefore the
 * same payment and is booked once; two equal payments on one invoice the same day need a different reference or an
 * explicit {@code Idempotency-Key}.
 */
final class DerivedIdempotencyKey {

    static final String PREFIX = "derived:";

    private DerivedIdempotencyKey() {
    }

    static String of(long invoiceId, PaymentForm form, LocalDate registeredOn) {
        String reference = form.reference() == null ? "" : form.reference().trim();
        String content = invoiceId + "|" + form.amount().stripTrailingZeros().toPlainString() + "|" + form.paidOn()
                + "|" + reference + "|" + registeredOn;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
