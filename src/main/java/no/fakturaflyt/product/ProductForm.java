package no.fakturaflyt.product;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A product or service as a clerk registers it. With a category, an empty VAT code and revenue account are the
 * category's; without one the VAT code is required and the revenue account defaults to the VAT code's. The cost price
 * (per unit, excl. VAT) is optional: without it the reports show no gross margin for the product.
 */
public record ProductForm(
        @NotBlank @Size(max = 30) String productNumber,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20) String unit,
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal unitPrice,
        @Size(max = 5) String vatCode,
        Integer revenueAccount,
        Boolean active,
        Long categoryId,
        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal costPrice) {

    /** Without a category or a cost price. */
    public ProductForm(String productNumber, String name, String unit, BigDecimal unitPrice, String vatCode,
            Integer revenueAccount, Boolean active) {
        this(productNumber, name, unit, unitPrice, vatCode, revenueAccount, active, null, null);
    }
}
