package no.fakturaflyt.invoicing;

import java.math.BigDecimal;

/** Published inside the posting transaction once an invoice or credit note has its number and voucher. */
public record InvoicePosted(long invoiceId, InvoiceType type, long number, long customerId, BigDecimal total,
        long voucherId) {
}
