package no.fakturaflyt.document;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.fakturaflyt.document.InvoiceDocument.Kind;
import no.fakturaflyt.document.InvoiceDocument.Line;
import no.fakturaflyt.document.InvoiceDocument.Party;
import no.fakturaflyt.document.InvoiceDocument.VatLine;

/**
 * Writes an {@link InvoiceDocument} as the small XML document that {@code document/invoice-fo.xsl} lays out.
 * All formatting (amounts, dates, identifiers) and all decisions on what to show happen here; the
 * stylesheet only places what it gets. Every text goes through {@link XMLStreamWriter}, so user text is
 * always escaped, and characters that XML cannot carry are dropped.
 */
final class InvoiceXmlWriter {

    static final String NO_NUMBER = "\u2014";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final InvoiceDocument doc;
    private final Map<String, String> labels;
    private final DocumentFormats fmt;
    private final boolean creditNote;
    private final String lang;

    private XMLStreamWriter w;

    InvoiceXmlWriter(InvoiceDocument doc, Map<String, String> labels) {
        this.doc = doc;
        this.labels = labels;
        this.fmt = DocumentFormats.of(doc.language());
        this.creditNote = doc.kind() == Kind.CREDIT_NOTE;
        this.lang = DocumentFormats.isEnglish(doc.language()) ? "en" : "nb";
    }

    byte[] write() throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("document");
        w.writeAttribute("kind", creditNote ? "creditNote" : "invoice");
        w.writeAttribute("preview", String.valueOf(doc.preview()));
        w.writeAttribute("lang", lang);

        w.writeStartElement("labels");
        for (Map.Entry<String, String> label : labels.entrySet()) {
            w.writeStartElement("label");
            w.writeAttribute("key", label.getKey());
            text(label.getValue());
            w.writeEndElement();
        }
        w.writeEndElement();

        element("title", label(creditNote ? "title.creditNote" : "title.invoice"));
        if (doc.preview()) {
            element("previewText", label(creditNote ? "preview.creditNote" : "preview.invoice"));
        }
        seller();
        buyer();
        meta();
        optional("note", doc.note());
        lines();
        vat();
        totals();
        if (!creditNote) {
            payment();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return out.toByteArray();
    }

    /** The PDF title, e.g. "Faktura 10001", or "Faktura (forhåndsvisning)". */
    static String pdfTitle(InvoiceDocument doc, Map<String, String> labels) {
        String title = labels.get(doc.kind() == Kind.CREDIT_NOTE ? "title.creditNote" : "title.invoice");
        return doc.preview() ? title + " (" + labels.get("pdfTitle.preview") + ")" : title + " " + doc.number().trim();
    }

    private void seller() throws XMLStreamException {
        Party seller = doc.seller();
        w.writeStartElement("seller");
        if (isPng(doc.logoPng())) {
            w.writeStartElement("logo"); // a URI, not text: no break opportunities in it
            w.writeCharacters("data:image/png;base64," + Base64.getEncoder().encodeToString(doc.logoPng()));
            w.writeEndElement();
        }
        element("name", seller.name());
        for (String line : address(seller, buyerCountry())) {
            element("line", line);
        }
        String org = orgLine(seller);
        if (org != null) {
            element("org", org);
        }
        if (seller.foretaksregisteret()) {
            element("foretaksregisteret", label("foretaksregisteret"));
        }
        if (!blank(seller.phone())) {
            element("phone", label("phone") + " " + seller.phone().trim());
        }
        if (!blank(seller.email())) {
            element("email", label("email") + " " + seller.email().trim());
        }
        List<String> footer = new ArrayList<>();
        footer.add(nz(seller.name()));
        if (org != null) {
            footer.add(org);
        }
        List<String> address = address(seller, buyerCountry());
        if (!address.isEmpty()) {
            footer.add(String.join(", ", address));
        }
        if (!blank(seller.email())) {
            footer.add(seller.email().trim());
        }
        if (!blank(seller.phone())) {
            footer.add(label("phone") + " " + seller.phone().trim());
        }
        footer.removeIf(String::isBlank);
        element("footer", String.join("  \u00B7  ", footer));
        w.writeEndElement();
    }

    private void buyer() throws XMLStreamException {
        Party buyer = doc.buyer();
        w.writeStartElement("buyer");
        element("heading", label("buyer"));
        element("name", buyer.name());
        for (String line : address(buyer, sellerCountry())) {
            element("line", line);
        }
        String org = orgLine(buyer);
        if (org != null) {
            element("org", org);
        }
        w.writeEndElement();
    }

    private void meta() throws XMLStreamException {
        w.writeStartElement("meta");
        String number = doc.preview() ? NO_NUMBER : doc.number().trim();
        item("number", label(creditNote ? "number.creditNote" : "number.invoice"), number, true);
        item("date", label(creditNote ? "date.creditNote" : "date.invoice"), fmt.date(doc.invoiceDate()), false);
        if (creditNote && !blank(doc.creditedInvoiceNumber())) {
            item("creditedInvoice", label("creditedInvoice"), doc.creditedInvoiceNumber().trim(), true);
        }
        if (!creditNote && doc.dueDate() != null) {
            item("dueDate", label("dueDate"), fmt.date(doc.dueDate()), true);
        }
        if (doc.deliveryDate() != null) {
            item("deliveryDate", label("deliveryDate"), fmt.date(doc.deliveryDate()), false);
        }
        if (!blank(doc.deliveryPlace())) {
            item("deliveryPlace", label("deliveryPlace"), doc.deliveryPlace().trim(), false);
        }
        if (!blank(doc.buyer().customerNumber())) {
            item("customerNumber", label("customerNumber"), doc.buyer().customerNumber().trim(), false);
        }
        if (!blank(doc.buyerReference())) {
            item("buyerReference", label("buyerReference"), doc.buyerReference().trim(), false);
        }
        w.writeEndElement();
    }

    private void lines() throws XMLStreamException {
        w.writeStartElement("lines");
        w.writeAttribute("amountsIn", label("amountsIn") + " " + currency());
        List<Line> lines = doc.lines() == null ? List.of() : doc.lines();
        for (Line line : lines) {
            w.writeStartElement("line");
            element("description", nz(line.description()));
            element("quantity", fmt.quantity(line.quantity()));
            element("unit", nz(line.unit()));
            element("unitPrice", fmt.unitPrice(line.unitPrice()));
            element("discount", isZero(line.discountPercent()) ? "" : fmt.percent(line.discountPercent()));
            element("vatRate", fmt.percent(line.vatRate()));
            element("amount", fmt.amount(line.netAmount()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void vat() throws XMLStreamException {
        w.writeStartElement("vat");
        List<VatLine> vatLines = doc.vatLines() == null ? List.of() : doc.vatLines();
        for (VatLine vat : vatLines) {
            w.writeStartElement("rate");
            element("rate", fmt.percent(vat.rate()) + "\u00A0%");
            element("base", fmt.amount(vat.base()));
            element("vat", fmt.amount(vat.vat()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void totals() throws XMLStreamException {
        w.writeStartElement("totals");
        total(label("netTotal"), fmt.amount(doc.netTotal()), false);
        total(label("vatTotal"), fmt.amount(doc.vatTotal()), false);
        if (!isZero(doc.rounding())) {
            total(label("rounding"), fmt.amount(doc.rounding()), false);
        }
        total(label(creditNote ? "total.creditNote" : "total.invoice"), currency() + " " + fmt.amount(doc.total()), true);
        w.writeEndElement();
    }

    private void payment() throws XMLStreamException {
        w.writeStartElement("payment");
        w.writeAttribute("heading", label("payment"));
        if (!blank(doc.bankAccount())) {
            item("account", label("payment.account"), DocumentFormats.bankAccount(doc.bankAccount()), true);
        }
        if (!blank(doc.kid())) {
            item("kid", label("payment.kid"), doc.kid().trim(), true);
        } else {
            String number = doc.preview() ? NO_NUMBER : doc.number().trim();
            item("message", label("payment.message"), label("number.invoice") + " " + number, true);
        }
        item("amount", label("payment.amount"), currency() + " " + fmt.amount(doc.total()), true);
        if (doc.dueDate() != null) {
            item("dueDate", label("payment.dueDate"), fmt.date(doc.dueDate()), true);
        }
        if (!blank(doc.iban())) {
            item("iban", label("payment.iban"), DocumentFormats.iban(doc.iban()), false);
        }
        if (!blank(doc.bic())) {
            item("bic", label("payment.bic"), doc.bic().trim().toUpperCase(Locale.ROOT), false);
        }
        w.writeEndElement();
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Address lines, postal code and city, and the country when it differs from the other party's. */
    private List<String> address(Party party, String otherCountry) {
        List<String> out = new ArrayList<>();
        if (party.addressLines() != null) {
            for (String line : party.addressLines()) {
                if (!blank(line)) {
                    out.add(line.trim());
                }
            }
        }
        String postal = (nz(party.postalCode()).trim() + " " + nz(party.city()).trim()).trim();
        if (!postal.isEmpty()) {
            out.add(postal);
        }
        String country = country(party);
        if (!country.isEmpty() && (!"NO".equals(country) || !"NO".equals(otherCountry))) {
            out.add(new Locale("", country).getDisplayCountry(Locale.forLanguageTag(lang)));
        }
        return out;
    }

    private String sellerCountry() {
        return country(doc.seller());
    }

    private String buyerCountry() {
        return country(doc.buyer());
    }

    private static String country(Party party) {
        String code = party == null ? null : party.countryCode();
        return blank(code) ? "NO" : code.trim().toUpperCase(Locale.ROOT);
    }

    /** "Org.nr. 123 456 785 MVA", without "MVA" when the party is not VAT-registered; null without a number. */
    private String orgLine(Party party) {
        if (blank(party.orgNumber())) {
            return null;
        }
        String line = label("orgNumber") + " " + DocumentFormats.orgNumber(party.orgNumber());
        return party.vatRegistered() ? line + " " + label("vatSuffix") : line;
    }

    private void item(String key, String label, String value, boolean emphasis) throws XMLStreamException {
        w.writeStartElement("item");
        w.writeAttribute("key", key);
        w.writeAttribute("label", clean(label));
        if (emphasis) {
            w.writeAttribute("emphasis", "true");
        }
        text(value);
        w.writeEndElement();
    }

    private void total(String label, String value, boolean grand) throws XMLStreamException {
        w.writeStartElement("row");
        w.writeAttribute("label", clean(label));
        if (grand) {
            w.writeAttribute("grand", "true");
        }
        text(value);
        w.writeEndElement();
    }

    private void optional(String name, String value) throws XMLStreamException {
        if (!blank(value)) {
            element(name, value.strip());
        }
    }

    private void element(String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        text(value);
        w.writeEndElement();
    }

    private void text(String value) throws XMLStreamException {
        w.writeCharacters(PrintableText.of(clean(value)));
    }

    private String label(String key) {
        return Objects.requireNonNull(labels.get(key), () -> "missing label " + key);
    }

    private String currency() {
        return blank(doc.currency()) ? "NOK" : doc.currency().trim().toUpperCase(Locale.ROOT);
    }

    /** Drops characters that XML 1.0 cannot carry; normalises line breaks to \n. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            }
            if (ok && out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isPng(byte[] bytes) {
        if (bytes == null || bytes.length < PNG_SIGNATURE.length + 12) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (bytes[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(BigDecimal value) {
        return value == null || value.signum() == 0;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
