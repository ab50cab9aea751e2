package no.fakturaflyt.document;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.fakturaflyt.common.Iban;
import no.fakturaflyt.document.InvoiceDocument.Party;

/**
 * What {@link InvoiceXmlWriter} and {@link ReminderXmlWriter} have in common: the root element with the labels,
 * the seller and buyer blocks (address lines, country, the "Org.nr. … MVA" line, the footer), and the small
 * element, text and label helpers. Every text goes through {@link XMLStreamWriter}, so user text is always
 * escaped, and characters that XML cannot carry are dropped.
 */
abstract class DocumentXmlWriter {

    protected final Map<String, String> labels;
    protected final DocumentFormats fmt;
    protected final String lang;
    private final String currency;

    protected XMLStreamWriter w;

    DocumentXmlWriter(String language, String currency, Map<String, String> labels) {
        this.labels = labels;
        this.fmt = DocumentFormats.of(language);
        this.lang = DocumentFormats.isEnglish(language) ? "en" : "nb";
        this.currency = blank(currency) ? "NOK" : currency.trim().toUpperCase(Locale.ROOT);
    }

    /** The whole document: {@code <document>} with its attributes, the labels, then {@link #body()}. */
    final byte[] write() throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("document");
        documentAttributes();
        w.writeAttribute("lang", lang);

        w.writeStartElement("labels");
        for (Map.Entry<String, String> label : labels.entrySet()) {
            w.writeStartElement("label");
            w.writeAttribute("key", label.getKey());
            text(label.getValue());
            w.writeEndElement();
        }
        w.writeEndElement();

        body();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return out.toByteArray();
    }

    /** The attributes of {@code <document>} that come before {@code lang}, e.g. {@code kind}. */
    abstract void documentAttributes() throws XMLStreamException;

    /** Everything inside {@code <document>} after the labels. */
    abstract void body() throws XMLStreamException;

    /** The seller block: logo, name, address, org line, contact details and the one-line footer. */
    void seller(Party seller, Party buyer) throws XMLStreamException {
        w.writeStartElement("seller");
        logo();
        element("name", seller.name());
        List<String> address = address(seller, country(buyer));
        for (String line : address) {
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
        if (!address.isEmpty()) {
            footer.add(String.join(", ", address));
        }
        if (!blank(seller.email())) {
            footer.add(seller.email().trim());
        }
        footer.removeIf(String::isBlank);
        element("footer", String.join("  \u00B7  ", footer));
        if (!blank(seller.phone())) {
            // its own element: the layout keeps it on one line (the spaces are non-breaking as well)
            element("footerPhone", unbreakable(label("phone") + " " + seller.phone().trim()));
        }
        w.writeEndElement();
    }

    /** {@code text} with every space non-breaking, so that a line break never splits it (a phone number). */
    static String unbreakable(String text) {
        return text.replaceAll("\\s+", "\u00A0");
    }

    /**
     * The IBAN and BIC of the payment block: the IBAN as set, or else derived from a Norwegian eleven-digit account
     * number (NO + check digits + account); the BIC as set (it cannot be derived).
     */
    void ibanAndBic(String bankAccount, String iban, String bic) throws XMLStreamException {
        String value = !blank(iban) ? iban
                : bankAccount != null && bankAccount.replaceAll("[\\s.]", "").matches("\\d{11}")
                        ? Iban.ofNorwegianAccount(bankAccount) : null;
        if (value != null) {
            item("iban", label("payment.iban"), DocumentFormats.iban(value), false);
        }
        if (!blank(bic)) {
            item("bic", label("payment.bic"), bic.trim().toUpperCase(Locale.ROOT), false);
        }
    }

    /** Written first in the seller block; nothing unless the document has a logo. */
    void logo() throws XMLStreamException {
    }

    /** The buyer block: heading, name, address and org line. */
    void buyer(Party buyer, Party seller) throws XMLStreamException {
        w.writeStartElement("buyer");
        element("heading", label("buyer"));
        element("name", buyer.name());
        for (String line : address(buyer, country(seller))) {
            element("line", line);
        }
        String org = orgLine(buyer);
        if (org != null) {
            element("org", org);
        }
        w.writeEndElement();
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Address lines, postal code and city, and the country when it differs from the other party's. */
    List<String> address(Party party, String otherCountry) {
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

    /** The party's ISO 3166 country code in upper case; "NO" when it has none. */
    static String country(Party party) {
        String code = party == null ? null : party.countryCode();
        return blank(code) ? "NO" : code.trim().toUpperCase(Locale.ROOT);
    }

    /** "Org.nr. 123 456 785 MVA", without "MVA" when the party is not VAT-registered; null without a number. */
    String orgLine(Party party) {
        if (blank(party.orgNumber())) {
            return null;
        }
        String line = label("orgNumber") + " " + DocumentFormats.orgNumber(party.orgNumber());
        return party.vatRegistered() ? line + " " + label("vatSuffix") : line;
    }

    void item(String key, String label, String value, boolean emphasis) throws XMLStreamException {
        w.writeStartElement("item");
        w.writeAttribute("key", key);
        w.writeAttribute("label", clean(label));
        if (emphasis) {
            w.writeAttribute("emphasis", "true");
        }
        text(value);
        w.writeEndElement();
    }

    void total(String label, String value, boolean grand) throws XMLStreamException {
        w.writeStartElement("row");
        w.writeAttribute("label", totalLabel(label));
        if (grand) {
            w.writeAttribute("grand", "true");
        }
        text(value);
        w.writeEndElement();
    }

    /** The {@code label} attribute of a totals row: the label, cleaned. */
    String totalLabel(String label) {
        return clean(label);
    }

    void element(String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        text(value);
        w.writeEndElement();
    }

    void text(String value) throws XMLStreamException {
        w.writeCharacters(PrintableText.of(clean(value)));
    }

    String label(String key) {
        return Objects.requireNonNull(labels.get(key), () -> "missing label " + key);
    }

    /** The ISO 4217 code in upper case; "NOK" when the document has none. */
    String currency() {
        return currency;
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

    static boolean isZero(BigDecimal value) {
        return value == null || value.signum() == 0;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String nz(String value) {
        return value == null ? "" : value;
    }
}
