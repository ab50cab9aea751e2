package no.fakturaflyt.dunning.interest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What an interest note says, in the customer's language (Norwegian unless the customer reads English). */
final class InterestNoteTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final boolean english;

    InterestNoteTexts(String language) {
        this.english = "en".equals(language);
    }

    String interestLine(long invoiceNumber, LocalDate from, LocalDate to) {
        return (english ? "Late-payment interest invoice " : "Forsinkelsesrente faktura ") + invoiceNumber + ", "
                + DATE.format(from) + "–" + DATE.format(to);
    }

    String compensationLine(long invoiceNumber) {
        return english ? "Standard compensation (Late Payment Interest Act § 3a), invoice " + invoiceNumber
                : "Standardkompensasjon (forsinkelsesrenteloven § 3a), faktura " + invoiceNumber;
    }

    String note() {
        return english
                ? "Interest note: late-payment interest under the Norwegian Late Payment Interest Act on invoices "
                        + "paid after their due date. Outside the scope of VAT."
                : "Rentenota: forsinkelsesrente etter forsinkelsesrenteloven på fakturaer betalt etter forfall. "
                        + "Utenfor merverdiavgiftsloven.";
    }
}
