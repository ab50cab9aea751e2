package no.fakturaflyt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import no.fakturaflyt.common.InvoiceTemplate;
import no.fakturaflyt.document.InvoiceDocument.Kind;
import no.fakturaflyt.document.InvoiceDocument.Line;
import no.fakturaflyt.document.InvoiceDocument.VatLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Issue 15 point 8: every document Fakturaflyt keeps for the archive (bokføringsloven: invoices, credit notes and
 * what bills or claims money, five years and more) is PDF/A-2b, ISO 19005-2 level b. No XML is embedded in these
 * PDFs, so part 2 (not part 3) is the right one.
 *
 * <p>Each kind (invoice, credit note, interest note, reminder, collection notice) in both languages is rendered by the
 * production renderers and checked by veraPDF against the PDF/A-2B validation profile ({@link PdfA}), and then,
 * with PDFBox, for what ISO 19005-2 asks and the issue names: every font embedded, and the font the project ships;
 * an output intent GTS_PDFA1 with an RGB ICC profile (sRGB); the PDF/A identification in the XMP (pdfaid:part 2,
 * conformance B); the XMP dc:title and dc:creator equal to the document information's Title and Author, which are
 * the document's title and the seller.
 */
class PdfArchiveTest {

    private static final String SELLER = "Fjordtech AS";

    private static InvoicePdfRenderer invoices;
    private static ReminderPdfRenderer reminders;

    @BeforeAll
    static void renderers() {
        invoices = new InvoicePdfRenderer();
        reminders = new ReminderPdfRenderer();
    }

    static Stream<Arguments> archivedDocuments() throws IOException {
        byte[] logo = InvoicePdfRendererTest.png(400, 200);
        List<Arguments> documents = new ArrayList<>();
        for (String language : List.of("nb", "en")) {
            boolean nb = language.equals("nb");
            documents.add(Arguments.of("invoice", language, nb ? "Faktura 10001" : "Invoice 10001",
                    (Render) () -> invoices.render(InvoicePdfRendererTest.with(InvoicePdfRendererTest.invoice(),
                            language, false, logo))));
            documents.add(Arguments.of("credit note", language, nb ? "Kreditnota 10002" : "Credit note 10002",
                    (Render) () -> invoices.render(creditNote(language))));
            documents.add(Arguments.of("interest note", language, nb ? "Rentenota 10003" : "Interest note 10003",
                    (Render) () -> invoices.render(DocumentContentTest.interestNote(language))));
            for (InvoiceTemplate template : InvoiceTemplate.values()) {
                documents.add(Arguments.of("invoice, template " + template.key(), language,
                        nb ? "Faktura 10001" : "Invoice 10001",
                        (Render) () -> invoices.render(InvoicePdfRendererTest.with(InvoicePdfRendererTest.invoice(),
                                language, false, logo).withTemplate(template.key()))));
            }
            documents.add(Arguments.of("reminder with the copy of its invoice", language,
                    nb ? "Betalingspåminnelse 10001" : "Payment reminder 10001",
                    (Render) () -> InvoiceCopy.letterWithCopy(reminders, invoices,
                            inLanguage(ReminderPdfRendererTest.reminder(), language),
                            InvoicePdfRendererTest.with(InvoicePdfRendererTest.invoice(), language, false, logo),
                            nb ? "KOPI - PURRING" : "COPY - REMINDER")));
            documents.add(Arguments.of("reminder", language,
                    nb ? "Betalingspåminnelse 10001" : "Payment reminder 10001",
                    (Render) () -> reminders.render(inLanguage(ReminderPdfRendererTest.reminder(), language))));
            documents.add(Arguments.of("collection notice", language,
                    nb ? "Inkassovarsel 10001" : "Debt collection notice (Inkassovarsel) 10001",
                    (Render) () -> reminders.render(inLanguage(collectionNotice(), language))));
        }
        return documents.stream();
    }

    /**
     * Proves: the document is PDF/A-2b by veraPDF, with its fonts (Liberation Sans, shipped) embedded, an sRGB output
     * intent, the PDF/A identification in its XMP, and Title and Author the same in the document information and
     * the XMP. Fails on the old renderer: the base-14 Helvetica was not embedded (6.2.11.4.1), and there was no
     * output intent, no XMP and no PDF/A identification (6.6.2.1, 6.6.4).
     */
    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("archivedDocuments")
    void isPdfA2bWithEmbeddedFontsOutputIntentAndMatchingMetadata(String kind, String language, String title,
            Render render) throws Exception {
        byte[] pdf = render.pdf();

        assertThat(PdfA.violationsOfPdfA2b(pdf)).as("veraPDF, PDF/A-2B, %s in %s", kind, language).isEmpty();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(title);
            assertThat(info.getAuthor()).isEqualTo(SELLER);

            Document xmp = xmp(document);
            assertThat(xpath(xmp, "//pdfaid:part | //@pdfaid:part")).isEqualTo("2");
            assertThat(xpath(xmp, "//pdfaid:conformance | //@pdfaid:conformance")).isEqualTo("B");
            assertThat(xpath(xmp, "//dc:title/rdf:Alt/rdf:li[@xml:lang='x-default']")).isEqualTo(info.getTitle());
            assertThat(xpath(xmp, "count(//dc:creator/rdf:Seq/rdf:li)")).isEqualTo("1");
            assertThat(xpath(xmp, "//dc:creator/rdf:Seq/rdf:li")).isEqualTo(info.getAuthor());

            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).singleElement().satisfies(intent -> {
                assertThat(intent.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
                byte[] icc = bytes(intent.getDestOutputIntent().createInputStream());
                assertThat(new String(icc, 36, 4, StandardCharsets.US_ASCII)).as("ICC signature").isEqualTo("acsp");
                assertThat(new String(icc, 16, 4, StandardCharsets.US_ASCII)).as("ICC colour space").isEqualTo("RGB ");
                assertThat(intent.getOutputConditionIdentifier() + " " + intent.getInfo()).contains("sRGB");
            });

            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                assertThat(font.getName()).as("a subset of the shipped font")
                        .matches("[A-Z]{6}\\+LiberationSans(-Bold)?");
            });

            String text = new PDFTextStripper().getText(document);
            if (language.equals("nb")) {
                assertThat(text).as("æ, ø and å are in the font and read back as text").containsPattern("[æøåÆØÅ]");
            }
        }
    }

    /** Proves the check above can fail: veraPDF refuses a PDF whose font (base-14 Helvetica) is not embedded. */
    @Test
    void aPdfWithAFontThatIsNotEmbeddedIsNotPdfA() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Faktura 10001");
                content.endText();
            }
            document.save(out);

            assertThat(PdfA.violationsOfPdfA2b(out.toByteArray())).anySatisfy(v -> assertThat(v)
                    .startsWith("6.2.11.4.1-"));
        }
    }

    // --- documents -----------------------------------------------------------------------------------------------

    private static InvoiceDocument creditNote(String language) {
        InvoiceDocument d = InvoicePdfRendererTest.invoice();
        return new InvoiceDocument(Kind.CREDIT_NOTE, false, language, d.seller(), d.buyer(), "10002",
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 20), d.deliveryDate(), d.deliveryPlace(), null,
                d.bankAccount(), d.iban(), d.bic(), "10001", d.buyerReference(), "Retur av matkurv", d.lines(),
                d.vatLines(), d.netTotal(), d.vatTotal(), d.rounding(), d.total(), d.currency(), null);
    }

    private static ReminderDocument collectionNotice() {
        ReminderDocument reminder = ReminderPdfRendererTest.reminder();
        return ReminderPdfRendererTest.collectionNotice(reminder.sentDate().plusDays(14));
    }

    private static ReminderDocument inLanguage(ReminderDocument d, String language) {
        return new ReminderDocument(d.kind(), language, d.seller(), d.buyer(), d.number(), d.sequence(), d.sentDate(),
                d.payBy(), d.items(), d.fee(), d.feeNote(), d.interest(), d.interestRateText(), d.total(), d.kid(),
                d.bankAccount(), d.business(), d.currency());
    }

    // --- reading the PDF -----------------------------------------------------------------------------------------

    /** Every font used on any page. */
    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static Document xmp(PDDocument document) throws Exception {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        assertThat(metadata).as("XMP metadata stream").isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = metadata.exportXMPMetadata()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static String xpath(Document xmp, String expression) throws Exception {
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "pdfaid" -> "http://www.aiim.org/pdfa/ns/id/";
                    case "dc" -> "http://purl.org/dc/elements/1.1/";
                    case "rdf" -> "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
                    case "xml" -> XMLConstants.XML_NS_URI;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xpath.evaluate(expression, xmp).strip();
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    /** Renders one document when the case runs, not when JUnit lists the cases. */
    @FunctionalInterface
    interface Render {
        byte[] pdf() throws Exception;
    }
}
