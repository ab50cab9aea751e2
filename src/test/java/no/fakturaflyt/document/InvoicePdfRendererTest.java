package no.fakturaflyt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import no.fakturaflyt.document.InvoiceDocument.Kind;
import no.fakturaflyt.document.InvoiceDocument.Line;
import no.fakturaflyt.document.InvoiceDocument.Party;
import no.fakturaflyt.document.InvoiceDocument.VatLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import no.fakturaflyt.support.CraftedPng;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InvoicePdfRendererTest {

    private static InvoicePdfRenderer renderer;

    @BeforeAll
    static void createRenderer() {
        renderer = new InvoicePdfRenderer();
    }

    // --- invoices ----------------------------------------------------------------------------------

    @Test
    void invoiceShowsWhatTheCustomerChecks() throws IOException {
        byte[] pdf = renderer.render(invoice());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Faktura 10001");
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Fakturaflyt");
        }
        String text = text(pdf);
        List<String> lines = lines(pdf);

        assertThat(text).contains("Faktura", "Fakturanr.", "10001", "Fakturadato", "15.01.2026",
                "Forfallsdato", "29.01.2026", "Leveringsdato", "10.01.2026", "Leveringssted", "Storgata 1, Oslo",
                "Deres ref.", "Kari Nordmann", "Kundenr.", "K-2001");
        // seller and buyer
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Org.nr. 123 456 785 MVA"));
        assertThat(text).contains("Foretaksregisteret", "Fjordtech AS", "Havnegata 5", "0150 Oslo",
                "Kunde AS", "Kundeveien 7", "5003 Bergen", "Org.nr. 987 654 325");
        // lines
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("Konsulenttimer").contains("10").contains("timer").contains("1 234,50").contains("12 345,00"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("Matkurv").contains("stk").contains("100,00").contains("200,00"));
        // VAT per rate: rate, base, VAT on one row
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("25 % 12 345,00 3 086,25"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("15 % 200,00 30,00"));
        // totals
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Sum eks. MVA 12 545,00"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("MVA 3 116,25"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Beløp å betale NOK 15 661,25"));
        assertThat(text).doesNotContain("Øreavrunding");
        // payment block
        assertThat(text).contains("Betalingsinformasjon", "Kontonr.", "1234.56.78903", "KID", "7719002453",
                "IBAN", "NO93 8601 1117 947", "BIC", "DNBANOKKXXX");
        // footer
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Side 1 av 1"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("post@fjordtech.no"));
        // not a preview
        assertThat(text).doesNotContain("FORHÅNDSVISNING");
    }

    @Test
    void englishLabelsAndNumbers() throws IOException {
        InvoiceDocument doc = with(invoice(), "en", false, null);
        byte[] pdf = renderer.render(doc);
        String text = text(pdf);
        List<String> lines = lines(pdf);

        assertThat(text).contains("Invoice", "Invoice no.", "10001", "Invoice date", "15 Jan 2026", "Due date",
                "29 Jan 2026", "Delivery date", "Place of delivery", "Your ref.", "Description", "Unit price",
                "Total excl. VAT", "VAT rate", "VAT base", "Payment information", "Account no.");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Amount due NOK 15,661.25"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("25 % 12,345.00 3,086.25"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Page 1 of 1"));
        assertThat(text).contains("Org.nr. 123 456 785 MVA");
        assertThat(text).doesNotContain("Fakturanr.", "Beløp å betale", "Forfallsdato", "Side 1 av");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Invoice 10001");
        }
    }

    @Test
    void roundingLineOnlyWhenNonZero() throws IOException {
        InvoiceDocument base = invoice();
        InvoiceDocument rounded = new InvoiceDocument(base.kind(), base.preview(), base.language(), base.seller(),
                base.buyer(), base.number(), base.invoiceDate(), base.dueDate(), base.deliveryDate(), base.deliveryPlace(),
                base.kid(), base.bankAccount(), base.iban(), base.bic(), base.creditedInvoiceNumber(), base.buyerReference(),
                base.note(), base.lines(), base.vatLines(), base.netTotal(), base.vatTotal(), new BigDecimal("-0.25"),
                new BigDecimal("15661.00"), "NOK", null);

        List<String> lines = lines(renderer.render(rounded));

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Øreavrunding -0,25"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Beløp å betale NOK 15 661,00"));
    }

    @Test
    void sellerWithoutVatRegistrationOrForetaksregisteret() throws IOException {
        InvoiceDocument base = invoice();
        Party seller = new Party("Enkeltperson Eriksen", "123456785", false, false, null,
                List.of("Gata 1"), "0150", "Oslo", "NO", "eriksen@example.no", null);
        InvoiceDocument doc = new InvoiceDocument(base.kind(), false, "nb", seller, base.buyer(), "7",
                base.invoiceDate(), base.dueDate(), null, null, null, "12345678903", null, null, null, null, null,
                base.lines(), base.vatLines(), base.netTotal(), base.vatTotal(), BigDecimal.ZERO, base.total(), "NOK", null);

        String text = text(renderer.render(doc));

        assertThat(text).contains("Org.nr. 123 456 785").doesNotContain("123 456 785 MVA");
        assertThat(text).doesNotContain("Foretaksregisteret");
        // without KID the invoice number is the payment message
        assertThat(text).contains("Melding", "Fakturanr. 7").doesNotContain("KID");
    }

    @Test
    void noteAndNorwegianLettersSurvive() throws IOException {
        InvoiceDocument base = invoice();
        Party seller = new Party("Blåbær & Søn AS", "123456785", true, true, null,
                List.of("Ærøveien 3"), "9990", "Båtsfjord", "NO", "post@blåbær.no", "+47 22 33 44 55");
        Party buyer = new Party("Øystein Åsheim", null, false, false, null,
                List.of("Skjæreveien 12"), "6002", "Ålesund", "NO", null, null);
        InvoiceDocument doc = new InvoiceDocument(Kind.INVOICE, false, "nb", seller, buyer, "10003",
                base.invoiceDate(), base.dueDate(), null, null, "7719002453", "12345678903", null, null, null, null,
                "Takk for handelen!\nHusk å betale før forfall.",
                List.of(line("Jordbærsyltetøy «Ærlig»", "3", "glass", "50", "15", "150")),
                List.of(new VatLine(new BigDecimal("15"), new BigDecimal("150"), new BigDecimal("22.50"))),
                new BigDecimal("150"), new BigDecimal("22.50"), BigDecimal.ZERO, new BigDecimal("172.50"), "NOK", null);

        String text = text(renderer.render(doc));

        assertThat(text).contains("Blåbær & Søn AS", "Ærøveien 3", "Båtsfjord", "post@blåbær.no", "Øystein Åsheim",
                "Skjæreveien 12", "6002 Ålesund", "Jordbærsyltetøy «Ærlig»", "Takk for handelen!",
                "Husk å betale før forfall.", "Tlf. +47 22 33 44 55");
        // a private buyer has no org. number; only the seller's is printed
        assertThat(text.split("Org\\.nr\\.", -1)).hasSize(2 + 1); // seller block and footer
        try (PDDocument document = Loader.loadPDF(renderer.render(doc))) {
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Blåbær & Søn AS");
        }
    }

    @Test
    void userTextIsPrintedLiterallyNotInterpreted() throws IOException {
        String nasty = "<b>Tom & \"Jerry\"</b> ]]>";
        InvoiceDocument base = invoice();
        List<Line> lines = new ArrayList<>(base.lines());
        lines.add(line(nasty, "1", "stk", "0", "25", "0"));
        Party buyer = new Party("<fo:block>Evil</fo:block> & Co \u0001\uD83D\uDE00", "987654325", true, false,
                "&amp;", List.of("<?xml version='1.0'?>"), "5003", "Bergen", "NO", null, null);
        InvoiceDocument doc = new InvoiceDocument(Kind.INVOICE, false, "nb", base.seller(), buyer, "10004",
                base.invoiceDate(), base.dueDate(), null, "<![CDATA[x]]>", "7719002453", "12345678903", null, null, null,
                "{$evil} <xsl:value-of select='/'/>", null, lines, base.vatLines(), base.netTotal(), base.vatTotal(),
                BigDecimal.ZERO, base.total(), "NOK", null);

        // long values wrap in their cells; read the text as one line
        String text = text(renderer.render(doc)).replaceAll("\\s+", " ");

        assertThat(text).contains(nasty, "<fo:block>Evil</fo:block> & Co", "&amp;", "<?xml version='1.0'?>",
                "<![CDATA[x]]>", "{$evil} <xsl:value-of select='/'/>");
    }

    @Test
    void charactersOutsideTheFontAreTransliteratedAndLongWordsWrap() throws IOException {
        String longWord = "https://kunde.example.no/bestillinger/2026/ordre-000123456789-linje-42";
        String kid = "1234567890123456789012344"; // 25 digits, the longest KID
        InvoiceDocument base = invoice();
        Party buyer = new Party("Čáhcesuolu Ŋuorra \uD83D\uDE00", null, false, false, null,
                List.of("Ga\u0301llogieddi 1"), "9730", "Kárášjohka", "NO", null, null);
        List<Line> lines = List.of(line("Bestilling " + longWord, "1", "stk", "100", "25", "100"));
        InvoiceDocument doc = new InvoiceDocument(Kind.INVOICE, false, "nb", base.seller(), buyer, "10005",
                base.invoiceDate(), base.dueDate(), null, null, kid, "12345678903", null, null, null, null, null, lines,
                List.of(new VatLine(new BigDecimal("25"), new BigDecimal("100"), new BigDecimal("25"))),
                new BigDecimal("100"), new BigDecimal("25"), BigDecimal.ZERO, new BigDecimal("125"), "NOK", null);

        byte[] pdf = renderer.render(doc);
        String text = text(pdf);
        List<String> textLines = lines(pdf);

        // kept to WinAnsi (PrintableText): č and ŋ without accents, emoji as "?", never as FOP's "#"
        assertThat(text).contains("Cáhcesuolu Nuorra ?", "Gállogieddi 1", "9730 Kárášjohka").doesNotContain("#");
        // the long word wraps inside its cell instead of running over the next columns, and is kept whole
        assertThat(textLines).noneSatisfy(line -> assertThat(line).contains(longWord));
        assertThat(text.replaceAll("\\s+", "")).contains(longWord);
        // a 25-digit KID still fits on one line
        assertThat(textLines).anySatisfy(line -> assertThat(line).contains(kid));
    }

    // --- preview -----------------------------------------------------------------------------------

    @Test
    void previewIsMarkedOnEveryPageAndHasNoNumber() throws IOException {
        InvoiceDocument doc = with(invoiceWithLines(90), "nb", true, null);

        byte[] pdf = renderer.render(doc);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            for (int page = 1; page <= pages; page++) {
                assertThat(pageText(document, page)).contains("FORHÅNDSVISNING – IKKE GYLDIG FAKTURA");
            }
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Faktura (forhåndsvisning)");
        }
        List<String> lines = lines(pdf);
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("Fakturanr. \u2014"));
        assertThat(String.join("\n", lines)).doesNotContain("10001");
    }

    @Test
    void englishPreview() throws IOException {
        String text = text(renderer.render(with(invoice(), "en", true, null)));

        assertThat(text).contains("PREVIEW – NOT A VALID INVOICE", "Invoice no.").doesNotContain("10001");
    }

    @Test
    void finalInvoiceWithoutNumberIsRefused() {
        InvoiceDocument base = invoice();
        InvoiceDocument doc = new InvoiceDocument(Kind.INVOICE, false, "nb", base.seller(), base.buyer(), null,
                base.invoiceDate(), base.dueDate(), null, null, null, null, null, null, null, null, null, base.lines(),
                base.vatLines(), base.netTotal(), base.vatTotal(), BigDecimal.ZERO, base.total(), "NOK", null);

        assertThatThrownBy(() -> renderer.render(doc))
                .isInstanceOf(DocumentRenderingException.class)
                .hasMessageContaining("must have a number");
        assertThatThrownBy(() -> renderer.render(null)).isInstanceOf(DocumentRenderingException.class);
    }

    // --- credit notes ------------------------------------------------------------------------------

    @Test
    void creditNoteRefersToTheInvoiceAndHasNoPaymentBlock() throws IOException {
        InvoiceDocument base = invoice();
        InvoiceDocument doc = new InvoiceDocument(Kind.CREDIT_NOTE, false, "nb", base.seller(), base.buyer(), "10002",
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3), null, null, "7719002453", "12345678903",
                "NO9386011117947", "DNBANOKKXXX", "10001", null, null, base.lines(), base.vatLines(), base.netTotal(),
                base.vatTotal(), BigDecimal.ZERO, base.total(), "NOK", null);

        byte[] pdf = renderer.render(doc);
        String text = text(pdf);
        List<String> lines = lines(pdf);

        assertThat(text).contains("Kreditnota", "Kreditnotanr.", "10002", "20.01.2026");
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("Krediterer faktura nr. 10001"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Å krediteres NOK 15 661,25"));
        assertThat(text).doesNotContain("KID", "7719002453", "Betalingsinformasjon", "1234.56.78903",
                "Beløp å betale", "Forfallsdato", "03.02.2026");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Kreditnota 10002");
        }
        assertThat(text(renderer.render(with(doc, "en", false, null))))
                .contains("Credit note", "Credit note no.", "Credits invoice no.", "Amount credited")
                .doesNotContain("KID", "Payment information");
    }

    // --- many lines --------------------------------------------------------------------------------

    @Test
    void manyLinesFlowOverSeveralPagesWithHeaderAndPageNumbers() throws IOException {
        byte[] pdf = renderer.render(invoiceWithLines(120));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pages; page++) {
                String text = pageText(document, page);
                assertThat(text).contains("Side " + page + " av " + pages);
                assertThat(text).contains("Beskrivelse", "Enhetspris"); // the repeated table header
                assertThat(text).contains("Fjordtech AS"); // the footer
            }
            assertThat(pageText(document, 1)).contains("Vare nr. 1 ").doesNotContain("Vare nr. 120 ");
            // later pages say which document they belong to
            assertThat(pageText(document, 2)).contains("Faktura 10001 · Kunde AS");
            assertThat(pageText(document, 1)).doesNotContain("Faktura 10001 · Kunde AS");
            String last = pageText(document, pages);
            assertThat(last).contains("Vare nr. 120 ", "Beløp å betale", "Betalingsinformasjon");
            // every line is printed exactly once
            String all = text(pdf);
            for (int i = 1; i <= 120; i++) {
                assertThat(all.split("Vare nr\\. " + i + " ", -1)).as("line %d", i).hasSize(2);
            }
        }
    }

    // --- logo --------------------------------------------------------------------------------------

    @Test
    void logoIsScaledToAtMostFortyMillimetresWide() throws IOException {
        byte[] png = png(800, 200);
        InvoiceDocument doc = with(invoice(), "nb", false, png);

        byte[] pdf = renderer.render(doc);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageSizes images = new ImageSizes();
            images.processPage(document.getPage(0));
            assertThat(images.sizes).hasSize(1);
            float widthMm = images.sizes.get(0)[0] / 72f * 25.4f;
            float heightMm = images.sizes.get(0)[1] / 72f * 25.4f;
            assertThat(widthMm).isBetween(39.5f, 40.1f);
            assertThat(heightMm).isBetween(9.8f, 10.1f); // aspect ratio kept
        }
        assertThat(text(pdf)).contains("Fjordtech AS", "10001");
    }

    @Test
    void brokenLogoIsLeftOut() throws IOException {
        byte[] pdf = renderer.render(with(invoice(), "nb", false, "not a png at all, really not".getBytes()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageSizes images = new ImageSizes();
            images.processPage(document.getPage(0));
            assertThat(images.sizes).isEmpty();
        }
        assertThat(text(pdf)).contains("10001");
    }

    @Test
    void aStoredLogoClaimingHugeDimensionsIsLeftOutInsteadOfStoppingTheRender() throws IOException {
        // 20000 × 15000 RGBA pixels (1.2 GB decoded) in fewer than 100 bytes, as stored before the upload checked it
        byte[] pdf = renderer.render(with(invoice(), "nb", false, CraftedPng.claiming(20_000, 15_000)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageSizes images = new ImageSizes();
            images.processPage(document.getPage(0));
            assertThat(images.sizes).isEmpty();
        }
        assertThat(text(pdf)).contains("10001");
    }

    // --- concurrency -------------------------------------------------------------------------------

    @Test
    void rendersConcurrentlyWithOneSharedFactory() throws Exception {
        InvoiceDocument doc = invoiceWithLines(30);
        InvoiceDocument english = with(doc, "en", false, png(300, 300));
        String expected = text(renderer.render(doc));
        String expectedEnglish = text(renderer.render(english));
        assertThat(expected).contains("Vare nr. 30 ");

        int threads = 4;
        int perThread = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<String[]> task = () -> {
                    start.await();
                    String[] texts = new String[perThread * 2];
                    for (int i = 0; i < perThread; i++) {
                        texts[2 * i] = text(renderer.render(doc));
                        byte[] pdf = renderer.render(english);
                        try (PDDocument document = Loader.loadPDF(pdf)) {
                            ImageSizes images = new ImageSizes();
                            images.processPage(document.getPage(0));
                            assertThat(images.sizes).as("the logo").hasSize(1);
                        }
                        texts[2 * i + 1] = text(pdf);
                    }
                    return texts;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<String[]> result : results) {
                String[] texts = result.get(2, TimeUnit.MINUTES);
                for (int i = 0; i < texts.length; i++) {
                    assertThat(texts[i]).isEqualTo(i % 2 == 0 ? expected : expectedEnglish);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- formatting --------------------------------------------------------------------------------

    @Test
    void formatsNumbersAndIdentifiers() {
        DocumentFormats nb = DocumentFormats.of("nb");
        DocumentFormats en = DocumentFormats.of("en");
        assertThat(nb.amount(new BigDecimal("1234.5")).replace('\u00A0', ' ')).isEqualTo("1 234,50");
        assertThat(nb.amount(new BigDecimal("-1234567.895")).replace('\u00A0', ' ')).isEqualTo("-1 234 567,90");
        assertThat(nb.amount(new BigDecimal("0.004"))).isEqualTo("0,00");
        assertThat(en.amount(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(en.amount(new BigDecimal("999"))).isEqualTo("999.00");
        assertThat(nb.quantity(new BigDecimal("1.50"))).isEqualTo("1,5");
        assertThat(nb.quantity(new BigDecimal("2.000"))).isEqualTo("2");
        assertThat(nb.unitPrice(new BigDecimal("0.1234"))).isEqualTo("0,1234");
        assertThat(nb.percent(new BigDecimal("25.00"))).isEqualTo("25");
        assertThat(en.percent(new BigDecimal("12.5"))).isEqualTo("12.5");
        assertThat(DocumentFormats.orgNumber("123456785")).isEqualTo("123 456 785");
        assertThat(DocumentFormats.bankAccount("12345678903")).isEqualTo("1234.56.78903");
        assertThat(DocumentFormats.bankAccount("1234 56 78903")).isEqualTo("1234.56.78903");
        assertThat(DocumentFormats.iban("no9386011117947")).isEqualTo("NO93 8601 1117 947");
    }

    // --- fixtures and helpers ----------------------------------------------------------------------

    static InvoiceDocument invoice() {
        Party seller = new Party("Fjordtech AS", "123456785", true, true, null,
                List.of("Havnegata 5"), "0150", "Oslo", "NO", "post@fjordtech.no", "+47 22 00 00 00");
        Party buyer = new Party("Kunde AS", "987654325", true, false, "K-2001",
                List.of("Kundeveien 7", "Postboks 12"), "5003", "Bergen", "NO", "faktura@kunde.no", null);
        List<Line> lines = List.of(
                line("Konsulenttimer januar", "10", "timer", "1234.50", null, "25.00", "12345.00"),
                line("Matkurv", "2", "stk", "100", "15", "200.00"));
        List<VatLine> vat = List.of(
                new VatLine(new BigDecimal("25.00"), new BigDecimal("12345.00"), new BigDecimal("3086.25")),
                new VatLine(new BigDecimal("15.00"), new BigDecimal("200.00"), new BigDecimal("30.00")));
        return new InvoiceDocument(Kind.INVOICE, false, "nb", seller, buyer, "10001",
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 29), LocalDate.of(2026, 1, 10), "Storgata 1, Oslo",
                "7719002453", "12345678903", "NO9386011117947", "DNBANOKKXXX", null, "Kari Nordmann", null,
                lines, vat, new BigDecimal("12545.00"), new BigDecimal("3116.25"), BigDecimal.ZERO,
                new BigDecimal("15661.25"), "NOK", null);
    }

    static InvoiceDocument invoiceWithLines(int count) {
        InvoiceDocument base = invoice();
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String description = "Vare nr. " + i + " – " + (i % 7 == 0
                    ? "en lang beskrivelse som går over flere linjer i tabellen for å se at radene brytes pent og ikke "
                            + "overlapper noe annet på siden"
                    : "kort tekst");
            lines.add(line(description, "1", "stk", "100", i % 5 == 0 ? "10" : null, "25", i % 5 == 0 ? "90" : "100"));
        }
        return new InvoiceDocument(base.kind(), base.preview(), base.language(), base.seller(), base.buyer(),
                base.number(), base.invoiceDate(), base.dueDate(), base.deliveryDate(), base.deliveryPlace(), base.kid(),
                base.bankAccount(), base.iban(), base.bic(), null, base.buyerReference(), null, lines,
                List.of(new VatLine(new BigDecimal("25"), new BigDecimal("11760"), new BigDecimal("2940"))),
                new BigDecimal("11760"), new BigDecimal("2940"), BigDecimal.ZERO, new BigDecimal("14700"), "NOK", null);
    }

    /** The same document in another language, preview state or logo; a preview has no number. */
    static InvoiceDocument with(InvoiceDocument d, String language, boolean preview, byte[] logo) {
        return new InvoiceDocument(d.kind(), preview, language, d.seller(), d.buyer(), preview ? null : d.number(),
                d.invoiceDate(), d.dueDate(), d.deliveryDate(), d.deliveryPlace(), d.kid(), d.bankAccount(), d.iban(),
                d.bic(), d.creditedInvoiceNumber(), d.buyerReference(), d.note(), d.lines(), d.vatLines(), d.netTotal(),
                d.vatTotal(), d.rounding(), d.total(), d.currency(), logo);
    }

    static Line line(String description, String quantity, String unit, String unitPrice, String vatRate,
            String net) {
        return line(description, quantity, unit, unitPrice, null, vatRate, net);
    }

    static Line line(String description, String quantity, String unit, String unitPrice, String discount,
            String vatRate, String net) {
        return new Line(description, new BigDecimal(quantity), unit, new BigDecimal(unitPrice),
                discount == null ? null : new BigDecimal(discount), new BigDecimal(vatRate), new BigDecimal(net));
    }

    /** The text a reader sees; no-break spaces read as spaces. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalize(new PDFTextStripper().getText(document));
        }
    }

    /** The text line by line in reading order (left to right, top to bottom). */
    static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Arrays.stream(normalize(stripper.getText(document)).split("\\R")).map(String::trim).toList();
        }
    }

    static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return normalize(stripper.getText(document));
    }

    private static String normalize(String text) {
        return text.replace('\u00A0', ' ');
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 10, height / 10, width / 5, height * 8 / 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The size (in points) at which each image on a page is drawn. */
    static final class ImageSizes extends PDFStreamEngine {
        final List<float[]> sizes = new ArrayList<>();

        ImageSizes() {
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
            addOperator(new SetMatrix(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                PDXObject xobject = getResources().getXObject(name);
                if (xobject instanceof PDImageXObject) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    sizes.add(new float[] {ctm.getScalingFactorX(), ctm.getScalingFactorY()});
                    return;
                }
            }
            super.processOperator(operator, operands);
        }
    }
}
