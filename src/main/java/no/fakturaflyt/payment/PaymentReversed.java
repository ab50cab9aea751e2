package no.fakturaflyt.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Published inside the transaction that booked a reversal: the invoice owes again what the payment had paid. */
public record PaymentReversed(long paymentId, long invoiceId, long customerId, BigDecimal amount,
        LocalDate reversedOn, BigDecimal invoiceOpenAfter) {
}
