package no.fakturaflyt.distribution.provider;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice to a mobile number (e.g. {@code +4791234567}); {@code amount} in NOK with two decimals. */
public record VippsInvoiceRequest(String mobile, String invoiceNumber, String kid, BigDecimal amount,
        LocalDate dueDate, String pdfBase64) {
}
