package no.fakturaflyt.invoicing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** A line of the original invoice to credit; without a quantity, what is left of the line is credited. */
public record CreditLineForm(@Min(1) int lineNo,
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 12, fraction = 3) BigDecimal quantity) {
}
