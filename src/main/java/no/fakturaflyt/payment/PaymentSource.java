package no.fakturaflyt.payment;

import java.util.Arrays;
import no.fakturaflyt.common.InvalidInputException;

/** Where a payment was reported from. */
public enum PaymentSource {
    /** Registered by a clerk. */
    MANUAL,
    /** An OCR giro file of the bank (KID payments). */
    OCR,
    /** An ISO 20022 camt.054 debit/credit notification of the bank. */
    CAMT054,
    /** The collection agency settled what it collected. */
    AGENCY;

    /** The source named by {@code value}; anything else is the caller's mistake, reported on the field "source". */
    public static PaymentSource parse(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("source", "Unknown payment source '" + value
                        + "'; known: " + Arrays.toString(values())));
    }
}
