package no.fakturaflyt.document;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.fakturaflyt.common.InvoiceTemplate;
import no.fakturaflyt.common.LogoImage;
import no.fakturaflyt.document.InvoiceDocument.Kind;
import no.fakturaflyt.document.InvoiceDocument.Line;
import no.fakturaflyt.document.InvoiceDocument.VatLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link InvoiceDocument} as the small XML document that {@code document/invoice-fo.xsl} lays out.
 * All formatting (amounts, dates, identifiers) and all decisions on what to show happen here; the
 * stylesheet only places what it gets. Every text goes through {@link XMLStreamWriter}, so user text is
 * always escaped, and characters that XML cannot carry are dropped.
 */
final class InvoiceXmlWriter extends DocumentXmlWriter {

    static final String NO_NUMBER = "\u2014";
    private static final Logger log = LoggerFactory.getLogger(InvoiceXmlWriter.class);

    private final InvoiceDocument doc;
    private final boolean creditNote;
    /** The kind's suffix of the kind-dependent labels: "invoice", "creditNote", "quote", "orderConfirmation". */
    private final String kindKey;

    InvoiceXmlWriter(InvoiceDocument doc, Map<String, String> labels) {
        super(doc.language(), doc.currency(), labels);
        this.doc = doc;
        this.creditNote = doc.kind() == Kind.CREDIT_NOTE;
        this.kindKey = kindKey(doc.kind());
    }

    static String kindKey(Kind kind) {
        return switch (kind) {
            case INVOICE -> "invoice";
            case CREDIT_NOTE -> "creditNote";
            case QUOTE -> "quote";
            case ORDER_CONFIRMATION -> "orderConfirmation";
        };
    }

    @Override
    void documentAttributes() throws XMLStreamException {
        w.writeAttribute("kind", kindKey);
        w.writeAttribute("preview", String.valueOf(doc.preview()));
        w.writeAttribute("template", InvoiceTemplate.of(doc.template()).key());
    }

    @Override
    void body() throws XMLStreamException {
        element("title", label(titleKey(doc)));
        if (doc.preview()) {
            element("previewText", label("preview." + kindKey));
        }
        seller(doc.seller(), doc.buyer());
        buyer(doc.buyer(), doc.seller());
        meta();
        optional("note", doc.note());
        lines();
        interest();
        vat();
        totals();
        if (doc.kind() == Kind.INVOICE) {
            payment();
        }
    }

    /** The PDF title, e.g. "Faktura 10001", or "Faktura (forhåndsvisning)". */
    static String pdfTitle(InvoiceDocument doc, Map<String, String> labels) {
        String title = labels.get(titleKey(doc));
        return doc.preview() ? title + " (" + labels.get("pdfTitle.preview") + ")" : title + " " + doc.number().trim();
    }

    /** "title.interestNote" for an interest note (Rentenota), else the kind's title. */
    private static String titleKey(InvoiceDocument doc) {
        return doc.interestNote() && doc.kind() == Kind.INVOICE ? "title.interestNote" : "title." + kindKey(doc.kind());
    }

    @Override
    void logo() throws XMLStreamException {
        if (doc.logoPng() == null || doc.logoPng().length == 0) {
            return;
        }
        Optional<String> problem = LogoImage.headerProblem(doc.logoPng());
        if (problem.isPresent()) {
            // a logo stored before the upload checked it must not stop invoicing: the document goes without it
            log.warn("The company logo is left out of the document: {}", problem.get());
        } else {
            w.writeStartElement("logo"); // a URI, not text: no break opportunities in it
            w.writeCharacters("data:image/png;base64," + Base64.getEncoder().encodeToString(doc.logoPng()));
            w.writeEndElement();
        }
    }

    private void meta() throws XMLStreamException {
        w.writeStartElement("meta");
        String number = doc.preview() ? NO_NUMBER : doc.number().trim();
        item("number", label("number." + kindKey), number, true);
        item("date", label("date." + kindKey), fmt.date(doc.invoiceDate()), false);
        if (creditNote && !blank(doc.creditedInvoiceNumber())) {
            item("creditedInvoice", label("creditedInvoice"), doc.creditedInvoiceNumber().trim(), true);
        }
        if (doc.kind() == Kind.ORDER_CONFIRMATION && !blank(doc.creditedInvoiceNumber())) {
            item("quoteNumber", label("basedOnQuote"), doc.creditedInvoiceNumber().trim(), true);
        }
        if (doc.kind() == Kind.INVOICE && doc.dueDate() != null) {
            item("dueDate", label("dueDate"), fmt.date(doc.dueDate()), true);
        }
        if (doc.kind() == Kind.QUOTE && doc.dueDate() != null) {
            item("validUntil", label("validUntil"), fmt.date(doc.dueDate()), true);
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
            if (!blank(line.vatNote())) {
                element("vatNote", line.vatNote().strip());
            }
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
        total(label("total." + kindKey), currency() + " " + fmt.amount(doc.total()), true);
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
        ibanAndBic(doc.bankAccount(), doc.iban(), doc.bic());
        w.writeEndElement();
    }

    /** Interest notes: each stretch of interest with principal, period, days, rate and amount. */
    private void interest() throws XMLStreamException {
        if (!doc.interestNote() || doc.interestPeriods() == null || doc.interestPeriods().isEmpty()) {
            return;
        }
        w.writeStartElement("interest");
        w.writeAttribute("heading", label("interest.heading"));
        w.writeAttribute("explanation", label("interest.explanation"));
        for (String column : List.of("invoice", "principal", "from", "to", "days", "rate", "amount")) {
            element("column", label("interest." + column));
        }
        for (InvoiceDocument.InterestPeriod period : doc.interestPeriods()) {
            w.writeStartElement("period");
            element("invoice", nz(period.invoiceNumber()));
            element("principal", fmt.amount(period.principal()));
            element("from", fmt.date(period.from()));
            element("to", fmt.date(period.to()));
            element("days", period.daysInYear() > 0 ? period.days() + "/" + period.daysInYear()
                    : String.valueOf(period.days()));
            element("rate", period.rate() == null ? NO_NUMBER : fmt.percent(period.rate()) + "\u00A0%");
            element("amount", fmt.amount(period.amount()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    // --- helpers -------------------------------------------------------------------------------

    private void optional(String name, String value) throws XMLStreamException {
        if (!blank(value)) {
            element(name, value.strip());
        }
    }
}
