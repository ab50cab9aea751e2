package no.fakturaflyt.customer.register;

import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.customer.RegisterStatus;

/**
 * What Enhetsregisteret says about one organisation number, in the application's terms.
 *
 * @param addressLines the business address's street lines (forretningsadresse; the postal address when the entity
 *                     has no business address)
 */
public record RegisterEntry(String orgNumber, String name, String organisationForm, String organisationFormName,
        List<String> addressLines, String postalCode, String city, String countryCode, boolean vatRegistered,
        boolean inRegisterOfBusinessEnterprises, boolean bankrupt, boolean inLiquidation, LocalDate deletedOn,
        RegisterStatus status, String warning) {
}
