package no.fakturaflyt.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The order settings as the admin screen sends them; see {@link SalesSettings}. */
public record SalesSettingsForm(
        @NotNull @Min(1) @Max(365) Integer quoteValidityDays,
        @NotNull @Min(0) @Max(60) Integer quoteExpiryReminderDays,
        boolean collectiveInvoicing,
        @NotBlank String collectiveInterval,
        @Min(0) @Max(365) Integer paymentTermsDays,
        @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal invoiceFee,
        Boolean roundToWholeKroner) {
}
