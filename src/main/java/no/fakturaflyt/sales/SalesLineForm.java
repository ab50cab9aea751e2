package no.fakturaflyt.sales;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A quote or order line as the clerk enters it: from a product (its name, unit, price and VAT code are the defaults)
 * or free text (description, unit price and VAT code required), like an invoice draft's line.
 */
public record SalesLineForm(
        Long productId,
        @Size(max = 500) String description,
        @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
        @Size(max = 20) String unit,
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal unitPrice,
        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        String vatCode) {
}
