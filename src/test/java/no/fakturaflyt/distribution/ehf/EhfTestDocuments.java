package no.fakturaflyt.distribution.ehf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Test documents built the way the invoicing calculation works: line net = quantity × price less discount, rounded
 * half up to øre; VAT per category and rate on the sum of its lines; optional rounding to whole kroner.
 */
public final class EhfTestDocuments {

    static final String SELLER_ORG = "123456785";
    static final String BUYER_ORG = "987654325";
    static final LocalDate ISSUE_DATE = LocalDate.of(2026, 11, 2);

    private EhfTestDocuments() {
    }

    static EhfDocument.Seller seller() {
        return new EhfDocument.Seller("Fjordlys Regnskap AS", SELLER_ORG, true, true, "Strandkaien 3", "5013",
                "Bergen", "NO", "faktura@fjordlys.no");
    }

    static EhfDocument.Buyer buyer() {
        return new EhfDocument.Buyer("Nordlys Bygg AS", BUYER_ORG, null, "1001", "Storgata 10", "0155", "Oslo", "NO");
    }

    static EhfDocument.Payment payment() {
        return new EhfDocument.Payment("1001100012", "12345678903", null, null);
    }

    static EhfDocument.Line line(String id, String description, String quantity, String unit, String price,
            String discountPercent, EhfVatCategory vat) {
        BigDecimal qty = new BigDecimal(quantity);
        BigDecimal unitPrice = new BigDecimal(price);
        BigDecimal discount = discountPercent == null ? null : new BigDecimal(discountPercent);
        BigDecimal factor = discount == null ? BigDecimal.ONE
                : BigDecimal.valueOf(100).subtract(discount).divide(BigDecimal.valueOf(100));
        BigDecimal net = qty.multiply(unitPrice).multiply(factor).setScale(2, RoundingMode.HALF_UP);
        return new EhfDocument.Line(id, description, qty, unit, unitPrice, discount, net, vat);
    }

    /** Four lines at 25 %, 15 %, 12 % and 0 % (code 5). */
    static List<EhfDocument.Line> fourRates() {
        return List.of(
                line("1", "Rådgivning regnskap", "3", "time", "1200.00", null, EhfVatCategory.forVatCode("3")),
                line("2", "Kaffe og mat til møtet", "2", "stk", "149.90", null, EhfVatCategory.forVatCode("31")),
                line("3", "Transport av permer", "1", "stk", "450.00", null, EhfVatCategory.forVatCode("33")),
                line("4", "Regnskapsbok (fritatt)", "1", "stk", "399.00", null, EhfVatCategory.forVatCode("5")));
    }

    static EhfDocument invoice(List<EhfDocument.Line> lines) {
        return document(EhfDocument.Kind.INVOICE, "10001", lines, false, null);
    }

    static EhfDocument creditNote(List<EhfDocument.Line> lines) {
        return document(EhfDocument.Kind.CREDIT_NOTE, "10002", lines, false, null);
    }

    /** A document whose breakdown and totals are computed from its lines. */
    static EhfDocument document(EhfDocument.Kind kind, String number, List<EhfDocument.Line> lines,
            boolean roundToWholeKroner, EhfDocument.Attachment attachment) {
        Map<EhfVatCategory, BigDecimal> baseByCategory = new LinkedHashMap<>();
        for (EhfDocument.Line line : lines) {
            baseByCategory.merge(line.vat(), line.netAmount(), BigDecimal::add);
        }
        List<EhfDocument.VatBreakdown> breakdown = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal vat = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<EhfVatCategory, BigDecimal> entry : baseByCategory.entrySet()) {
            BigDecimal rate = entry.getKey().percent() == null ? BigDecimal.ZERO : entry.getKey().percent();
            BigDecimal tax = entry.getValue().multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            breakdown.add(new EhfDocument.VatBreakdown(entry.getKey(), entry.getValue(), tax));
            net = net.add(entry.getValue());
            vat = vat.add(tax);
        }
        BigDecimal total = net.add(vat);
        BigDecimal rounding = BigDecimal.ZERO.setScale(2);
        if (roundToWholeKroner) {
            BigDecimal rounded = total.setScale(0, RoundingMode.HALF_UP).setScale(2);
            rounding = rounded.subtract(total);
            total = rounded;
        }
        boolean invoice = kind == EhfDocument.Kind.INVOICE;
        return new EhfDocument(kind, number, ISSUE_DATE, invoice ? ISSUE_DATE.plusDays(14) : null, ISSUE_DATE,
                null, null, invoice ? null : "10001", null, "NOK", seller(), buyer(), invoice ? payment() : null,
                null, lines, breakdown, net, vat, rounding, total, attachment);
    }

    /** A real one-page PDF, made with PDFBox. */
    static byte[] smallPdf(String text) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- XPath on the written XML ----------------------------------------------------------------------------------

    static Document dom(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String xpath(String xml, String expression) {
        try {
            return (String) xpathEngine().evaluate(expression, dom(xml), XPathConstants.STRING);
        } catch (Exception e) {
            throw new IllegalStateException(expression, e);
        }
    }

    public static int count(String xml, String expression) {
        try {
            return ((NodeList) xpathEngine().evaluate(expression, dom(xml), XPathConstants.NODESET)).getLength();
        } catch (Exception e) {
            throw new IllegalStateException(expression, e);
        }
    }

    private static XPath xpathEngine() {
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "inv" -> "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
                    case "cn" -> "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
                    case "cac" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
                    case "cbc" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
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
        return xpath;
    }
}
