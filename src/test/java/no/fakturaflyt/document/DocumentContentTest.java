package no.fakturaflyt.document;

import static no.fakturaflyt.document.InvoicePdfRendererTest.lines;
import static no.fakturaflyt.document.InvoicePdfRendererTest.pageText;
import static no.fakturaflyt.document.InvoicePdfRendererTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.Iban;
import no.fakturaflyt.document.InvoiceDocument.InterestPeriod;
import no.fakturaflyt.document.InvoiceDocument.Line;
import no.fakturaflyt.document.InvoiceDocument.Party;
import no.fakturaflyt.document.InvoiceDocument.VatLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 point 6: what the documents print. Page numbers count across a reminder and the copy of its invoice;
 * every payment block carries IBAN and BIC; the interest note is titled "Rentenota" and shows how each stretch of
 * interest was computed; a line without VAT says why; the footer keeps the phone number on one line.
 */
class DocumentContentTest {

    private final InvoicePdfRenderer invoices = new InvoicePdfRenderer();
    private final ReminderPdfRenderer reminders = new ReminderPdfRenderer();

    @Test
    void aReminderWithTheCopyOfItsInvoiceNumbersThePagesAcrossTheWhole() throws IOException {
        byte[] pdf = InvoiceCopy.letterWithCopy(reminders, invoices, ReminderPdfRendererTest.reminder(),
                InvoicePdfRendererTest.invoice(), "KOPI - PURRING");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(document, 1)).contains("Side 1 av 2").doesNotContain("KOPI - PURRING");
            assertThat(pageText(document, 2)).contains("Side 2 av 2", "KOPI - PURRING", "Faktura");
        }
        assertThat(text(pdf)).doesNotContain("av 1\n", "Side 1 av 1");
        assertThat(PdfA.violationsOfPdfA2b(pdf)).as("veraPDF, PDF/A-2B").isEmpty();
    }

    @Test
    void aLongInvoiceCopyGoesOnCountingAfterTheLetter() throws IOException {
        InvoiceDocument longInvoice = InvoicePdfRendererTest.invoiceWithLines(90);
        int invoicePages;
        try (PDDocument alone = Loader.loadPDF(invoices.render(longInvoice))) {
            invoicePages = alone.getNumberOfPages();
        }
        assertThat(invoicePages).isGreaterThan(1);

        byte[] pdf = InvoiceCopy.letterWithCopy(reminders, invoices, ReminderPdfRendererTest.reminder(), longInvoice,
                "KOPI - PURRING");

        int total = invoicePages + 1;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(total);
            for (int page = 1; page <= total; page++) {
                assertThat(pageText(document, page)).contains("Side " + page + " av " + total);
            }
        }
    }

    @Test
    void theReminderPaymentBlockCarriesTheIbanOfTheAccountAndTheBic() throws IOException {
        ReminderDocument derived = ReminderPdfRendererTest.reminder(); // account 12345678903, no IBAN set
        assertThat(text(reminders.render(derived))).contains("IBAN NO71 1234 5678 903");

        ReminderDocument d = derived;
        ReminderDocument withBic = new ReminderDocument(d.kind(), d.language(), d.seller(), d.buyer(), d.number(),
                d.sequence(), d.sentDate(), d.payBy(), d.items(), d.fee(), d.feeNote(), d.interest(),
                d.interestRateText(), d.total(), d.kid(), "86011117947", d.business(), d.currency(),
                "NO9386011117947", "DNBANOKK");
        assertThat(text(reminders.render(withBic))).contains("IBAN NO93 8601 1117 947", "BIC DNBANOKK");
    }

    @Test
    void anInvoiceWithoutAnIbanSetPrintsTheOneOfItsAccount() throws IOException {
        InvoiceDocument d = InvoicePdfRendererTest.invoice();
        InvoiceDocument noIban = new InvoiceDocument(d.kind(), false, "nb", d.seller(), d.buyer(), d.number(),
                d.invoiceDate(), d.dueDate(), d.deliveryDate(), d.deliveryPlace(), d.kid(), "86011117947", null,
                "DNBANOKK", null, null, null, d.lines(), d.vatLines(), d.netTotal(), d.vatTotal(), d.rounding(),
                d.total(), d.currency(), null);

        assertThat(text(invoices.render(noIban))).contains("IBAN NO93 8601 1117 947", "BIC DNBANOKK");
    }

    /** The IBAN of a Norwegian account: the example the company settings form gives, and the check digits. */
    @Test
    void theNorwegianIbanOfAnAccountHasValidCheckDigits() {
        assertThat(Iban.ofNorwegianAccount("8601.11.17947")).isEqualTo("NO9386011117947");
        assertThat(Iban.isValid("NO9386011117947")).isTrue();
        assertThat(Iban.isValid("NO9486011117947")).isFalse();
        assertThat(Iban.isValid("NO938601111794")).as("a Norwegian IBAN has 15 characters").isFalse();
        assertThat(Iban.isValid("GB82WEST12345698765432")).as("the ECBS example of a British IBAN").isTrue();
    }

    @Test
    void theInterestNoteIsARentenotaThatShowsHowItsInterestWasComputed() throws IOException {
        for (String language : List.of("nb", "en")) {
            boolean nb = language.equals("nb");
            String text = text(invoices.render(interestNote(language)));

            assertThat(text).contains(nb ? "Rentenota" : "Interest note");
            assertThat(text).contains(nb ? "Hovedstol" : "Principal", nb ? "Rentesats" : "Rate",
                    nb ? "Dager" : "Days");
            // 10 000 × 12,50 % × 1/365 = 3,42; 10 000 × 12,25 % × 31/365 = 104,04
            if (nb) {
                assertThat(text).contains("10 000,00", "30.06.2025", "01.07.2025", "31.07.2025", "1/365", "31/365",
                        "12,5 %", "12,25 %", "3,42", "104,04");
            }
        }
    }

    @Test
    void aZeroRatedLinePrintsWhyItCarriesNoVat() throws IOException {
        InvoiceDocument d = InvoicePdfRendererTest.invoice();
        List<Line> lines = List.of(
                new Line("Eksport av maskindeler", BigDecimal.ONE, "stk", new BigDecimal("1000"), null,
                        BigDecimal.ZERO, new BigDecimal("1000.00"), "Utførsel (eksport) - fritatt for merverdiavgift"),
                new Line("Konsulenttime", BigDecimal.ONE, "time", new BigDecimal("1000"), null,
                        new BigDecimal("25"), new BigDecimal("1000.00"), null));
        InvoiceDocument doc = new InvoiceDocument(d.kind(), false, "nb", d.seller(), d.buyer(), d.number(),
                d.invoiceDate(), d.dueDate(), d.deliveryDate(), null, d.kid(), d.bankAccount(), null, null, null,
                null, null, lines, List.of(new VatLine(BigDecimal.ZERO, new BigDecimal("1000"), BigDecimal.ZERO),
                        new VatLine(new BigDecimal("25"), new BigDecimal("1000"), new BigDecimal("250"))),
                new BigDecimal("2000"), new BigDecimal("250"), BigDecimal.ZERO, new BigDecimal("2250"), "NOK", null);

        String text = text(invoices.render(doc));

        assertThat(text).containsOnlyOnce("Utførsel (eksport) - fritatt for merverdiavgift");
    }

    @Test
    void theFooterNeverBreaksThePhoneNumber() throws IOException {
        InvoiceDocument d = InvoicePdfRendererTest.invoice();
        // an address long enough that the footer needs two lines, with the phone number at the turn of the line
        Party seller = new Party("Fjordtech Rådgivning og Regnskap AS", "123456785", true, true, null,
                List.of("Havnegata 5, inngang B, 3. etasje, kontor 301"), "0150", "Oslo", "NO",
                "fakturaavdelingen@fjordtech-regnskap.no", "+47 22 00 00 00");
        InvoiceDocument doc = new InvoiceDocument(d.kind(), false, "nb", seller, d.buyer(), d.number(),
                d.invoiceDate(), d.dueDate(), d.deliveryDate(), d.deliveryPlace(), d.kid(), d.bankAccount(), d.iban(),
                d.bic(), null, null, null, d.lines(), d.vatLines(), d.netTotal(), d.vatTotal(), d.rounding(),
                d.total(), d.currency(), null);

        List<String> lines = lines(invoices.render(doc));

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Tlf. +47 22 00 00 00"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).endsWith("Tlf."));
        assertThat(lines).noneSatisfy(line -> assertThat(line).endsWith("+47"));
    }

    /** An interest note over a payment 31 days late across the turn of the half-year (rates 12,50 % and 12,25 %). */
    static InvoiceDocument interestNote(String language) {
        InvoiceDocument d = InvoicePdfRendererTest.invoice();
        List<Line> lines = List.of(InvoicePdfRendererTest.line(("en".equals(language)
                ? "Late-payment interest invoice " : "Forsinkelsesrente faktura ") + "10001, 30.06.2025–31.07.2025",
                "1", "stk", "107.46", "0.00", "107.46"));
        BigDecimal principal = new BigDecimal("10000.00");
        List<InterestPeriod> periods = List.of(
                new InterestPeriod("10001", principal, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30), 1,
                        new BigDecimal("12.50"), 365, new BigDecimal("3.42")),
                new InterestPeriod("10001", principal, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), 31,
                        new BigDecimal("12.25"), 365, new BigDecimal("104.04")));
        return new InvoiceDocument(d.kind(), false, language, d.seller(), d.buyer(), "10003",
                LocalDate.of(2025, 8, 5), LocalDate.of(2025, 8, 19), LocalDate.of(2025, 8, 5), null, "7719002461",
                d.bankAccount(), d.iban(), d.bic(), null, null, null, lines,
                List.of(new VatLine(BigDecimal.ZERO, new BigDecimal("107.46"), new BigDecimal("0.00"))),
                new BigDecimal("107.46"), new BigDecimal("0.00"), BigDecimal.ZERO, new BigDecimal("107.46"), "NOK",
                null).asInterestNote(periods);
    }
}
