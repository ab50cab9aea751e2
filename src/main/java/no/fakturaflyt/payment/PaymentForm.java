package no.fakturaflyt.payment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.fakturaflyt.common.BusinessDate;

/**
 * A payment as a clerk or a bank file reports it.
 *
 * @param amount    NOK, more than zero, at most two decimals
 * @param paidOn    the day the money reached the account: not in the future, not before the invoice date
 * @param reference free text (the bank's archive reference, the KID, a note), at most 200 characters
 */
public record PaymentForm(@NotNull @Positive @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @NotNull @BusinessDate LocalDate paidOn, @Size(max = 200) String reference) {
}
