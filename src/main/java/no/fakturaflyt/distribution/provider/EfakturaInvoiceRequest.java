package no.fakturaflyt.distribution.provider;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice for the consumer's online bank; {@code amount} in NOK with two decimals. */
public record EfakturaInvoiceRequest(String efakturaAddress, String invoiceNumber, String kid, BigDecimal amount,
        LocalDate dueDate, String pdfBase64) {
}
