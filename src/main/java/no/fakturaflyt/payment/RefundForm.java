package no.fakturaflyt.payment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.fakturaflyt.common.BusinessDate;

/**
 * Money paid back to a customer out of the customer's credit balance.
 *
 * @param amount      NOK, more than zero, at most two decimals, at most the credit balance
 * @param refundedOn  the day the money left the company's bank account: not in the future; today when left out
 * @param bankAccount the customer's Norwegian bank account, 11 digits with a valid MOD11 check digit (spaces and dots
 *                    allowed)
 * @param reference   free text (the bank's reference, why), at most 200 characters
 */
public record RefundForm(@Digits(integer = 17, fraction = 2) BigDecimal amount, @BusinessDate LocalDate refundedOn,
        @Size(max = 20) String bankAccount, @Size(max = 200) String reference) {
}
