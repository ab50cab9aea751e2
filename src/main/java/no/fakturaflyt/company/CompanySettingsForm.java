package no.fakturaflyt.company;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import jakarta.validation.constraints.Size;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.BankAccountNumber;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.common.OrganisationNumber;

/**
 * What an administrator sets for the company (cross-field rules are checked by {@link CompanySettingsService}).
 * {@code numericKids} (default true when left out): MOD11 KIDs of digits only, by a variant digit before the check digit
 * (see {@link CompanySettings#hasKidVariantDigit()}).
 */
public record CompanySettingsForm(
        @NotBlank String name,
        @NotNull @OrganisationNumber String orgNumber,
        boolean vatRegistered,
        boolean foretaksregisteret,
        @NotBlank String addressLine,
        @NotBlank @Pattern(regexp = "\\d{4}", message = "must be a four-digit Norwegian postal code") String postalCode,
        @NotBlank String city,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as NO") String countryCode,
        String phone,
        @NotNull @BankAccountNumber String bankAccount,
        @Pattern(regexp = "[A-Z]{2}\\d{2}[A-Z0-9]{1,30}", message = "must be an IBAN such as NO9386011117947") String iban,
        @Pattern(regexp = "[A-Z0-9]{8}([A-Z0-9]{3})?", message = "must be a BIC of 8 or 11 characters") String bic,
        @NotBlank @Email String emailSender,
        @Min(1) long invoiceStartNumber,
        boolean creditNoteOwnSeries,
        @Min(1) Long creditNoteStartNumber,
        @Min(0) @Max(365) int paymentTermsDays,
        @NotNull KidAlgorithm kidAlgorithm,
        @Min(1) @Max(12) int kidCustomerDigits,
        @Min(1) @Max(12) int kidInvoiceDigits,
        boolean roundToWholeKroner,
        @NotNull @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal invoiceFee,
        @Size(min = 1, max = 8) List<ChannelType> distributionOrder,
        @Email String printerEmail,
        boolean factoringEnabled,
        Boolean numericKids) {

}
