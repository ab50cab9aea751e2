package no.fakturaflyt.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.OrganisationNumber;

/** A customer as a clerk enters it; a business needs its org. number (checked by {@link CustomerService}). */
public record CustomerForm(
        @NotNull CustomerType type,
        @NotBlank @Size(max = 200) String name,
        @OrganisationNumber String orgNumber,
        @NotBlank @Size(max = 200) String addressLine1,
        @Size(max = 200) String addressLine2,
        @NotBlank @Size(max = 10) String postalCode,
        @NotBlank @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as NO") String countryCode,
        @Email @Size(max = 200) String invoiceEmail,
        @Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "must be a phone number such as +47 912 34 567") String mobile,
        @Pattern(regexp = "nb|en", message = "must be nb or en") String language,
        @Min(0) @Max(365) Integer paymentTermsDays,
        @Size(max = 8) List<ChannelType> distributionOrder,
        Boolean avtaleGiroMandate) {
}
