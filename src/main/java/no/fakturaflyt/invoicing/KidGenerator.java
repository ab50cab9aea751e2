package no.fakturaflyt.invoicing;

import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.company.CompanySettings;

/** KID = customer number + invoice number, each zero-padded to the configured width, + MOD10 or MOD11 check digit. */
final class KidGenerator {

    private KidGenerator() {
    }

    static String kid(CompanySettings settings, long customerNumber, long invoiceNumber) {
        String payload = pad("customer number", customerNumber, settings.getKidCustomerDigits())
                + pad("invoice number", invoiceNumber, settings.getKidInvoiceDigits());
        char check = settings.getKidAlgorithm() == KidAlgorithm.MOD10
                ? CheckDigits.mod10(payload) : CheckDigits.mod11(payload);
        return payload + check;
    }

    private static String pad(String what, long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() > width) {
            throw new IllegalStateException("The " + what + " " + value + " does not fit in the " + width
                    + " KID digits of the company settings; widen the KID scheme");
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
