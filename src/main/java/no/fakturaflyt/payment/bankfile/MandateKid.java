package no.fakturaflyt.payment.bankfile;

import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.company.CompanySettings;

/**
 * Which customer an AvtaleGiro mandate's KID names. Our KIDs are customer number + invoice number + check digit
 * (company settings {@code kidCustomerDigits}, {@code kidInvoiceDigits}, {@code kidAlgorithm}; see the invoicing
 * module's KID generator). A payer signs a mandate in the online bank with the KID of an invoice, so a mandate's KID
 * is usually such an invoice KID; a payee may also hand out a customer KID of customer number + check digit for
 * signing up. With numeric MOD11 KIDs an invoice KID has a variant digit before the check digit (one digit longer); an
 * invoice KID issued before that setting, without it, still names its customer. All are read here: the length tells which, the check digit must be right, and the leading
 * {@code kidCustomerDigits} digits are the customer number. Any other KID names no customer of ours.
 */
final class MandateKid {

    /** The customer number the KID names, or why it names none. */
    record Resolution(Long customerNumber, String problem) {

        static Resolution customer(long number) {
            return new Resolution(number, null);
        }

        static Resolution none(String problem) {
            return new Resolution(null, problem);
        }
    }

    private MandateKid() {
    }

    static Resolution resolve(String kid, CompanySettings settings) {
        int customerDigits = settings.getKidCustomerDigits();
        int invoiceKid = settings.invoiceKidLength();
        int plainInvoiceKid = customerDigits + settings.getKidInvoiceDigits() + 1;
        int customerKid = customerDigits + 1;
        if (kid.length() != invoiceKid && kid.length() != plainInvoiceKid && kid.length() != customerKid) {
            return Resolution.none("a KID of " + kid.length() + " characters is neither a customer KID ("
                    + customerKid + ": customer number + check digit) nor an invoice KID (" + invoiceKid
                    + ": customer number + invoice number" + (settings.hasKidVariantDigit() ? " + variant digit" : "")
                    + " + check digit)");
        }
        KidAlgorithm algorithm = settings.getKidAlgorithm();
        if (!CheckDigits.isValidKid(kid, algorithm)) {
            return Resolution.none("the check digit does not match " + algorithm + ", the company's KID algorithm");
        }
        return Resolution.customer(Long.parseLong(kid.substring(0, customerDigits)));
    }
}
