package no.fakturaflyt.distribution.provider;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice offered for factoring; {@code amount} in NOK with two decimals. */
public record FactoringOfferRequest(String invoiceNumber, String debtorName, String debtorOrgNumber,
        BigDecimal amount, LocalDate dueDate, String pdfBase64) {
}
