package no.fakturaflyt.invoicing;

import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.company.CompanySettings;

/**
 * KID = customer number + invoice number, each zero-padded to the configured width, + MOD10 or MOD11 check digit.
 *
 * <p><b>Numeric KIDs</b> (company setting {@code numericKids}, on by default). A MOD11 check of 10 is written '-'
 * (norway.md §6), which many banks' systems and the AvtaleGiro claim file refuse. With the setting on, a MOD11 KID has
 * one more digit, a variant digit, between the invoice number and the check digit: 0, or 1 when 0 would make the
 * check '-'. The variant digit has weight 2, so 1 instead of 0 adds 2 to the weighted sum and turns a check of 10 into
 * 8: every KID is digits only, has the same length (customer digits + invoice digits + 2), is still a valid MOD11 KID
 * and still names its customer and invoice, so no invoice number is skipped and no two invoices share a KID. Example
 * (customer digits 5, invoice digits 7): customer 10001, invoice 50005 gives payload 100010050005; with variant 0 the
 * check is '-', so the KID is 1000100500051 + 8 = 10001005000518. A company that turns the setting on must tell its
 * bank the new KID length; KIDs already issued keep working, as payments are matched by the stored KID. MOD10 never
 * gives a non-digit and is unchanged.
 */
final class KidGenerator {

    private KidGenerator() {
    }

    static String kid(CompanySettings settings, long customerNumber, long invoiceNumber) {
        return kid(settings.getKidAlgorithm(), settings.hasKidVariantDigit(), settings.getKidCustomerDigits(),
                settings.getKidInvoiceDigits(), customerNumber, invoiceNumber);
    }

    static String kid(KidAlgorithm algorithm, boolean variantDigit, int customerDigits, int invoiceDigits,
            long customerNumber, long invoiceNumber) {
        String payload = pad("customer number", customerNumber, customerDigits)
                + pad("invoice number", invoiceNumber, invoiceDigits);
        if (algorithm == KidAlgorithm.MOD10) {
            return payload + CheckDigits.mod10(payload);
        }
        if (!variantDigit) {
            return payload + CheckDigits.mod11(payload);
        }
        String first = payload + "0";
        char check = CheckDigits.mod11(first);
        if (check != '-') {
            return first + check;
        }
        String second = payload + "1";
        return second + CheckDigits.mod11(second);
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
