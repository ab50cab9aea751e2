package no.fakturaflyt.payment;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.fakturaflyt.common.BusinessDate;

/**
 * The customer's credit balance applied to one of the customer's posted invoices.
 *
 * @param invoiceId the invoice whose open amount the credit pays
 * @param amount    NOK, at most the credit balance and what is open on the invoice (its fees included); when left
 *                  out, as much as both allow
 * @param setOffOn  the day the set-off counts from: not in the future, not before the invoice date; today when left out
 */
public record SetOffForm(Long invoiceId, @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @BusinessDate LocalDate setOffOn) {
}
