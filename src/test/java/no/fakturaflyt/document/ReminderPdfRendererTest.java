package no.fakturaflyt.document;

import static no.fakturaflyt.document.InvoicePdfRendererTest.lines;
import static no.fakturaflyt.document.InvoicePdfRendererTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.document.InvoiceDocument.Party;
import no.fakturaflyt.document.ReminderDocument.Item;
import no.fakturaflyt.document.ReminderDocument.Kind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReminderPdfRendererTest {

    private static final LocalDate SENT = LocalDate.of(2026, 2, 12);
    private static final String COLLECTION_SENTENCE =
            "Dersom kravet ikke er betalt innen fristen, vil det bli sendt til inkasso.";

    private static ReminderPdfRenderer renderer;

    @BeforeAll
    static void createRenderer() {
        renderer = new ReminderPdfRenderer();
    }

    // --- reminders ---------------------------------------------------------------------------------

    @Test
    void reminderForOneInvoiceShowsWhatTheDebtorNeedsToPay() throws IOException {
        byte[] pdf = renderer.render(reminder());
        String text = text(pdf);
        String flat = flat(text);
        List<String> lines = lines(pdf);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Betalingspåminnelse 10001");
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Fakturaflyt");
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("Betalingspåminnelse"));
        // the overdue invoice: number, invoice date, due date, original and outstanding amount on one row
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("10001 15.01.2026 29.01.2026 1 562,50 1 250,00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Sum utestående 1 250,00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Purregebyr 35,00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Å betale NOK 1 285,00"));
        // the new deadline, in the facts and in the letter
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Ny betalingsfrist 26.02.2026"));
        assertThat(flat).contains("Vi ber deg betale NOK 1 285,00 innen ny betalingsfrist 26.02.2026.");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Påminnelse nr. 1"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Dato 12.02.2026"));
        // payment
        assertThat(text).contains("Betalingsinformasjon", "Kontonr.", "1234.56.78903", "KID", "7719002453",
                "Betalingsfrist");
        // late interest under the act; a business debtor gets no consumer text
        assertThat(flat).contains("forsinkelsesrente etter forsinkelsesrenteloven");
        assertThat(flat).doesNotContain("Mener du at kravet ikke er riktig");
        // parties and footer
        assertThat(text).contains("Fjordtech AS", "Org.nr. 123 456 785 MVA", "Foretaksregisteret", "Kunde AS",
                "5003 Bergen", "Kundenr.", "K-2001");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Side 1 av 1"));
        // a reminder threatens no collection
        assertThat(text).doesNotContain("Inkassovarsel", "inkasso", "Purring");
    }

    @Test
    void secondReminderIsAPurringAndAZeroFeeIsLeftOutWithItsReason() throws IOException {
        ReminderDocument base = reminder();
        ReminderDocument second = new ReminderDocument(Kind.REMINDER, "nb", base.seller(), base.buyer(), "P-77", 2,
                SENT, SENT.plusDays(14), base.items(), BigDecimal.ZERO,
                "Purregebyr kan først kreves 14 dager etter forfall.", null, null, new BigDecimal("1250.00"),
                base.kid(), base.bankAccount(), true, null);

        byte[] pdf = renderer.render(second);
        String text = text(pdf);
        List<String> lines = lines(pdf);

        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("Purring"));
        assertThat(text).doesNotContain("Betalingspåminnelse", "Purregebyr 0,00");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Påminnelse nr. 2"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Vår ref. P-77"));
        assertThat(flat(text)).contains("Purregebyr kan først kreves 14 dager etter forfall.");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Å betale NOK 1 250,00"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Purring P-77");
        }
    }

    // --- collection notices ------------------------------------------------------------------------

    @Test
    void collectionNoticeIsHeadedInkassovarselAndWarnsOfCollection() throws IOException {
        byte[] pdf = renderer.render(collectionNotice(SENT.plusDays(14)));
        String text = text(pdf);
        String flat = flat(text);
        List<String> lines = lines(pdf);

        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("Inkassovarsel"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Inkassovarsel 10001");
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Betalingsfrist 26.02.2026"));
        assertThat(flat).contains("Vi ber deg betale NOK 1 320,00 innen 26.02.2026. "
                + "Fristen er 14 dager fra dette varselet ble sendt 12.02.2026.");
        assertThat(flat).contains(COLLECTION_SENTENCE);
        assertThat(flat).contains("Inkasso vil medføre ytterligere kostnader for deg som skyldner.");
        assertThat(flat).contains("Betalingen er gjort i tide når banken din har mottatt betalingsoppdraget innen fristen.");
        assertThat(flat).contains("forsinkelsesrenteloven");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Gebyr for inkassovarsel 35,00"));
        // the interest with its rate text (which may wrap in its cell) and amount
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Påløpt forsinkelsesrente (").endsWith(" 35,00"));
        assertThat(flat).contains("Påløpt forsinkelsesrente (12,00 % p.a. fra 30.01.2026)");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Å betale NOK 1 320,00"));
        // a consumer is told how to object
        assertThat(flat).contains("Mener du at kravet ikke er riktig, ber vi deg si fra til oss før fristen.");
        assertThat(text).doesNotContain("Betalingspåminnelse", "Purregebyr", "Påminnelse nr.");
        // a reminder does not say it
        assertThat(flat(text(renderer.render(reminder())))).doesNotContain(COLLECTION_SENTENCE);
    }

    @Test
    void collectionNoticeWithLessThanFourteenDaysIsRefused() throws IOException {
        assertThatThrownBy(() -> renderer.render(collectionNotice(SENT.plusDays(13))))
                .isInstanceOf(DocumentRenderingException.class)
                .hasMessageContaining("at least 14 days");
        // a longer deadline is fine, and says how long it is
        assertThat(flat(text(renderer.render(collectionNotice(SENT.plusDays(21))))))
                .contains("innen 05.03.2026. Fristen er 21 dager fra dette varselet ble sendt 12.02.2026.");
    }

    // --- balance list ------------------------------------------------------------------------------

    @Test
    void balanceListWithThreeOverdueInvoicesListsThemAllAndTheirTotal() throws IOException {
        ReminderDocument base = reminder();
        List<Item> items = List.of(
                new Item("10001", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), new BigDecimal("1000.00"),
                        new BigDecimal("1000.00")),
                new Item("10007", LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 23), new BigDecimal("2500.00"),
                        new BigDecimal("500.50")),
                new Item("10012", LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 28), new BigDecimal("12345.60"),
                        new BigDecimal("12345.60")));
        ReminderDocument doc = new ReminderDocument(Kind.REMINDER, "nb", base.seller(), base.buyer(), null, 1, SENT,
                SENT.plusDays(14), items, new BigDecimal("35"), null, null, null, new BigDecimal("13881.10"),
                "000200003", base.bankAccount(), true, "NOK");

        byte[] pdf = renderer.render(doc);
        String text = text(pdf);
        List<String> lines = lines(pdf);

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("10001 05.01.2026 19.01.2026 1 000,00 1 000,00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("10007 09.01.2026 23.01.2026 2 500,00 500,50"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("10012 14.01.2026 28.01.2026 12 345,60 12 345,60"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Sum utestående 13 846,10"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Purregebyr 35,00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Å betale NOK 13 881,10"));
        assertThat(flat(text)).contains("fakturaene nedenfor");
        assertThat(text).contains("000200003");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Betalingspåminnelse 10001, 10007, 10012");
        }
    }

    @Test
    void balanceListWithoutKidNamesTheInvoicesAsPaymentMessage() throws IOException {
        ReminderDocument base = reminder();
        List<Item> items = List.of(base.items().get(0),
                new Item("10002", LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 30), BigDecimal.TEN, BigDecimal.TEN));
        ReminderDocument doc = new ReminderDocument(Kind.REMINDER, "nb", base.seller(), base.buyer(), null, 1, SENT,
                SENT.plusDays(14), items, BigDecimal.ZERO, null, null, null, new BigDecimal("1260"), null,
                base.bankAccount(), true, null);

        List<String> lines = lines(renderer.render(doc));

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Fakturanr. 10001, 10002"));
        assertThat(String.join("\n", lines)).doesNotContain("KID");
    }

    @Test
    void aTotalThatDoesNotAddUpIsRefused() {
        ReminderDocument base = reminder();
        ReminderDocument wrong = new ReminderDocument(base.kind(), base.language(), base.seller(), base.buyer(),
                base.number(), base.sequence(), base.sentDate(), base.payBy(), base.items(), base.fee(), null, null,
                null, new BigDecimal("1250.00"), base.kid(), base.bankAccount(), true, null);

        assertThatThrownBy(() -> renderer.render(wrong))
                .isInstanceOf(DocumentRenderingException.class)
                .hasMessageContaining("not the outstanding amounts plus fee plus interest");
        assertThatThrownBy(() -> renderer.render(null)).isInstanceOf(DocumentRenderingException.class);
        ReminderDocument noItems = new ReminderDocument(base.kind(), "nb", base.seller(), base.buyer(), null, 1, SENT,
                SENT.plusDays(14), List.of(), BigDecimal.ZERO, null, null, null, BigDecimal.ZERO, null,
                base.bankAccount(), true, null);
        assertThatThrownBy(() -> renderer.render(noItems))
                .isInstanceOf(DocumentRenderingException.class)
                .hasMessageContaining("at least one overdue invoice");
        ReminderDocument third = new ReminderDocument(base.kind(), "nb", base.seller(), base.buyer(), null, 3, SENT,
                SENT.plusDays(14), base.items(), base.fee(), null, null, null, base.total(), base.kid(),
                base.bankAccount(), true, null);
        assertThatThrownBy(() -> renderer.render(third))
                .isInstanceOf(DocumentRenderingException.class)
                .hasMessageContaining("1 or 2");
    }

    // --- English -----------------------------------------------------------------------------------

    @Test
    void englishReminderAndCollectionNotice() throws IOException {
        ReminderDocument r = reminder();
        ReminderDocument english = new ReminderDocument(r.kind(), "en", r.seller(), r.buyer(), r.number(),
                r.sequence(), r.sentDate(), r.payBy(), r.items(), r.fee(), r.feeNote(), r.interest(),
                r.interestRateText(), r.total(), r.kid(), r.bankAccount(), r.business(), r.currency());
        byte[] pdf = renderer.render(english);
        String text = text(pdf);
        List<String> lines = lines(pdf);

        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("Payment reminder"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("New deadline 26 Feb 2026"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("10001 15 Jan 2026 29 Jan 2026 1,562.50 1,250.00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Reminder fee 35.00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Amount to pay NOK 1,285.00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Page 1 of 1"));
        assertThat(flat(text)).contains("Please pay NOK 1,285.00 by the new deadline, 26 Feb 2026.",
                "Late Payment Interest Act (forsinkelsesrenteloven)");
        assertThat(text).contains("Payment information", "Account no.", "KID", "Deadline");
        assertThat(text).doesNotContain("Betalingspåminnelse", "Purregebyr", "Ny betalingsfrist", "Side 1 av",
                "Inkassovarsel");

        ReminderDocument n = collectionNotice(SENT.plusDays(14));
        ReminderDocument englishNotice = new ReminderDocument(n.kind(), "en", n.seller(), n.buyer(), n.number(),
                n.sequence(), n.sentDate(), n.payBy(), n.items(), n.fee(), n.feeNote(), n.interest(),
                n.interestRateText(), n.total(), n.kid(), n.bankAccount(), n.business(), n.currency());
        byte[] noticePdf = renderer.render(englishNotice);
        String notice = flat(text(noticePdf));
        List<String> noticeLines = lines(noticePdf);

        assertThat(noticeLines).anySatisfy(line -> assertThat(line).endsWith("Debt collection notice"));
        assertThat(noticeLines).anySatisfy(line -> assertThat(line).endsWith("Inkassovarsel"));
        assertThat(notice).contains("Unless the claim is paid by the deadline, it will be sent to debt collection.",
                "Debt collection will incur further costs for you as the debtor.",
                "The deadline is 14 days after this notice was sent on 12 Feb 2026.",
                "If you believe the claim is not correct");
        assertThat(notice).doesNotContain(COLLECTION_SENTENCE);
        try (PDDocument document = Loader.loadPDF(noticePdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Debt collection notice (Inkassovarsel) 10001");
        }
    }

    // --- user text ---------------------------------------------------------------------------------

    @Test
    void userTextIsPrintedLiterallyNotInterpreted() throws IOException {
        ReminderDocument base = reminder();
        Party buyer = new Party("<fo:block>Evil</fo:block> & Co \u0001", "987654325", true, false, "&amp;",
                List.of("<?xml version='1.0'?>"), "5003", "Bergen", "NO", null, null);
        List<Item> items = List.of(new Item("<b>10001</b>", base.items().get(0).invoiceDate(),
                base.items().get(0).dueDate(), new BigDecimal("1562.50"), new BigDecimal("1250.00")));
        ReminderDocument doc = new ReminderDocument(Kind.REMINDER, "nb", base.seller(), buyer, "]]> & <", 1, SENT,
                SENT.plusDays(14), items, new BigDecimal("35.00"), "{$evil} <xsl:value-of select='/'/>",
                new BigDecimal("10.00"), "<![CDATA[12 %]]>", new BigDecimal("1295.00"), "7719002453",
                base.bankAccount(), true, null);

        String text = flat(text(renderer.render(doc)));

        assertThat(text).contains("<fo:block>Evil</fo:block> & Co", "&amp;", "<?xml version='1.0'?>",
                "<b>10001</b>", "]]> & <", "{$evil} <xsl:value-of select='/'/>",
                "Påløpt forsinkelsesrente (<![CDATA[12 %]]>) 10,00");
    }

    // --- shared FOP set-up -------------------------------------------------------------------------

    @Test
    void sharesTheOneFopFactoryWithTheInvoiceRenderer() {
        assertThat(renderer.fopFactory()).isNotNull().isSameAs(new InvoicePdfRenderer().fopFactory());
        assertThat(new ReminderPdfRenderer().fopFactory()).isSameAs(renderer.fopFactory());
    }

    // --- fixtures and helpers ----------------------------------------------------------------------

    /** A first reminder to a business for one invoice: 1 250 outstanding + 35 fee. */
    static ReminderDocument reminder() {
        InvoiceDocument invoice = InvoicePdfRendererTest.invoice();
        List<Item> items = List.of(new Item("10001", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 29),
                new BigDecimal("1562.50"), new BigDecimal("1250.00")));
        return new ReminderDocument(Kind.REMINDER, "nb", invoice.seller(), invoice.buyer(), null, 1, SENT,
                SENT.plusDays(14), items, new BigDecimal("35.00"), null, null, null, new BigDecimal("1285.00"),
                "7719002453", "12345678903", true, "NOK");
    }

    /** A collection notice to a consumer: 1 250 outstanding + 35 fee + 35 interest. */
    static ReminderDocument collectionNotice(LocalDate payBy) {
        ReminderDocument base = reminder();
        Party consumer = new Party("Kari Nordmann", null, false, false, "K-3001", List.of("Storgata 1"), "0155",
                "Oslo", "NO", null, null);
        return new ReminderDocument(Kind.COLLECTION_NOTICE, "nb", base.seller(), consumer, null, 2, SENT, payBy,
                base.items(), new BigDecimal("35.00"), null, new BigDecimal("35.00"), "12,00 % p.a. fra 30.01.2026",
                new BigDecimal("1320.00"), "7719002453", "12345678903", false, "NOK");
    }

    /** The text with every run of white space (line breaks included) as one space. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
