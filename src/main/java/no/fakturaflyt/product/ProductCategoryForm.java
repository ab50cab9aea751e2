package no.fakturaflyt.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A product category; the revenue account defaults to the VAT code's. */
public record ProductCategoryForm(
        @NotBlank @Size(max = 30) String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 5) String vatCode,
        Integer revenueAccount) {
}
