package no.fakturaflyt.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published synchronously inside the transaction that sets a customer's credit off against an invoice: to whoever
 * follows the invoice up it is a payment of that amount on that day (a listener that fails rolls the set-off back).
 *
 * @param setOffId         the credit movement's id
 * @param appliedToInvoice the part that went to the invoice's own item (not its fees)
 * @param invoiceOpenAfter what is still open on the invoice's own item
 * @param totalOpenAfter   what is still open on the invoice and its fees together
 */
public record CreditSetOff(long setOffId, long invoiceId, long customerId, BigDecimal amount, LocalDate setOffOn,
        BigDecimal appliedToInvoice, BigDecimal invoiceOpenAfter, BigDecimal totalOpenAfter) {
}
