package no.fakturaflyt.product;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A product or service as a clerk registers it; the revenue account defaults to the VAT code's. */
public record ProductForm(
        @NotBlank @Size(max = 30) String productNumber,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20) String unit,
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal unitPrice,
        @NotBlank String vatCode,
        Integer revenueAccount,
        Boolean active) {
}
