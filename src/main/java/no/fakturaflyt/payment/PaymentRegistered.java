package no.fakturaflyt.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published synchronously inside the transaction that registers a payment, once per payment. A listener that fails
 * rolls the payment back, so whoever follows the invoice up always learns of a payment that was booked.
 *
 * @param appliedToInvoice the part of the payment that went to the invoice's own item (not its fees)
 * @param invoiceOpenAfter what is still open on the invoice's own item
 * @param totalOpenAfter   what is still open on the invoice and the fees claimed on it together
 * @param source           MANUAL, OCR, CAMT054 or AGENCY
 */
public record PaymentRegistered(long paymentId, long invoiceId, long customerId, BigDecimal amount, LocalDate paidOn,
        BigDecimal appliedToInvoice, BigDecimal invoiceOpenAfter, BigDecimal totalOpenAfter, String source) {
}
