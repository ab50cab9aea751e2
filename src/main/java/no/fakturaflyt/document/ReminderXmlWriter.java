package no.fakturaflyt.document;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.fakturaflyt.document.ReminderDocument.Item;
import no.fakturaflyt.document.ReminderDocument.Kind;

/**
 * Writes a {@link ReminderDocument} as the small XML document that {@code document/reminder-fo.xsl} lays out.
 * All formatting and all choices of text happen here; the stylesheet only places what it gets. Every text goes
 * through {@link XMLStreamWriter}, so user text is always escaped.
 */
final class ReminderXmlWriter extends DocumentXmlWriter {

    private final ReminderDocument doc;
    private final boolean notice;

    ReminderXmlWriter(ReminderDocument doc, Map<String, String> labels) {
        super(doc.language(), doc.currency(), labels);
        this.doc = doc;
        this.notice = doc.kind() == Kind.COLLECTION_NOTICE;
    }

    @Override
    void documentAttributes() throws XMLStreamException {
        w.writeAttribute("kind", notice ? "collectionNotice" : "reminder");
    }

    @Override
    void body() throws XMLStreamException {
        element("title", title(doc, labels));
        String subtitle = notice ? labels.getOrDefault("reminder.subtitle.collectionNotice", "") : "";
        if (!subtitle.isBlank()) {
            element("subtitle", subtitle.strip());
        }
        seller(doc.seller(), doc.buyer());
        buyer(doc.buyer(), doc.seller());
        meta();
        intro();
        items();
        totals();
        closing();
        payment();
    }

    /** The heading: "Betalingspåminnelse", "Purring", "Inkassovarsel", "Payment reminder", "Debt collection notice". */
    static String title(ReminderDocument doc, Map<String, String> labels) {
        String key = doc.kind() == Kind.COLLECTION_NOTICE
                ? "reminder.title.collectionNotice"
                : "reminder.title.reminder." + (doc.sequence() >= 2 ? 2 : 1);
        return Objects.requireNonNull(labels.get(key), () -> "missing label " + key);
    }

    /** The PDF title, e.g. "Inkassovarsel 10001" (the invoice numbers) or "Purring R-7" (the reminder's number). */
    static String pdfTitle(ReminderDocument doc, Map<String, String> labels) {
        String title = title(doc, labels);
        String subtitle = doc.kind() == Kind.COLLECTION_NOTICE
                ? labels.getOrDefault("reminder.subtitle.collectionNotice", "").strip() : "";
        if (!subtitle.isEmpty()) {
            title = title + " (" + subtitle + ")";
        }
        String reference = blank(doc.number()) ? invoiceNumbers(doc) : doc.number().trim();
        return reference.isEmpty() ? title : title + " " + reference;
    }

    private void meta() throws XMLStreamException {
        w.writeStartElement("meta");
        item("sentDate", label("reminder.sentDate"), fmt.date(doc.sentDate()), false);
        if (!blank(doc.number())) {
            item("number", label("reminder.number"), doc.number().trim(), false);
        }
        if (!notice) {
            item("sequence", label("reminder.sequence"), String.valueOf(doc.sequence()), false);
        }
        if (!blank(doc.buyer().customerNumber())) {
            item("customerNumber", label("customerNumber"), doc.buyer().customerNumber().trim(), false);
        }
        item("payBy", label(notice ? "reminder.payBy.collectionNotice" : "reminder.payBy.reminder"),
                fmt.date(doc.payBy()), true);
        w.writeEndElement();
    }

    /** The letter above the table: what is overdue, the deadline and, for a collection notice, what follows. */
    private void intro() throws XMLStreamException {
        w.writeStartElement("intro");
        paragraph(label(doc.items().size() == 1 ? "reminder.intro.one" : "reminder.intro.many"), false);
        if (notice) {
            paragraph(fill(label("collection.deadline")), true);
            paragraph(label("collection.warning"), true);
            paragraph(label("collection.costs"), false);
        } else {
            paragraph(fill(label("reminder.deadline")), true);
            paragraph(label("reminder.paidAlready"), false);
        }
        w.writeEndElement();
    }

    private void items() throws XMLStreamException {
        w.writeStartElement("items");
        w.writeAttribute("amountsIn", label("amountsIn") + " " + currency());
        for (Item item : doc.items()) {
            w.writeStartElement("item");
            element("invoiceNumber", item.invoiceNumber().trim());
            element("invoiceDate", fmt.date(item.invoiceDate()));
            element("dueDate", fmt.date(item.dueDate()));
            element("original", fmt.amount(item.originalAmount()));
            element("outstanding", fmt.amount(item.outstanding()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void totals() throws XMLStreamException {
        w.writeStartElement("totals");
        total(label("reminder.sumOutstanding"), fmt.amount(outstanding(doc)), false);
        if (!isZero(doc.fee())) {
            total(label(notice ? "reminder.fee.collectionNotice" : "reminder.fee.reminder"), fmt.amount(doc.fee()),
                    false);
        }
        if (!isZero(doc.interest())) {
            String label = label("reminder.interest");
            if (!blank(doc.interestRateText())) {
                label = label + " (" + doc.interestRateText().strip() + ")";
            }
            total(label, fmt.amount(doc.interest()), false);
        }
        total(label("reminder.total"), currency() + " " + fmt.amount(doc.total()), true);
        w.writeEndElement();
    }

    /** Below the amounts: why the fee is what it is, when payment counts, late interest, objections. */
    private void closing() throws XMLStreamException {
        w.writeStartElement("closing");
        if (!blank(doc.feeNote())) {
            paragraph(doc.feeNote().strip(), false);
        }
        if (notice) {
            paragraph(label("collection.paymentTime"), false);
        }
        paragraph(label("reminder.interestLaw"), false);
        if (!doc.business()) {
            paragraph(label("reminder.objection"), false);
        }
        w.writeEndElement();
    }

    private void payment() throws XMLStreamException {
        w.writeStartElement("payment");
        w.writeAttribute("heading", label("payment"));
        item("account", label("payment.account"), DocumentFormats.bankAccount(doc.bankAccount()), true);
        if (!blank(doc.kid())) {
            item("kid", label("payment.kid"), doc.kid().trim(), true);
        } else {
            item("message", label("payment.message"), label("number.invoice") + " " + invoiceNumbers(doc), true);
        }
        item("amount", label("payment.amount"), currency() + " " + fmt.amount(doc.total()), true);
        item("dueDate", label("reminder.payment.payBy"), fmt.date(doc.payBy()), true);
        ibanAndBic(doc.bankAccount(), doc.iban(), doc.bic());
        w.writeEndElement();
    }

    // --- helpers -------------------------------------------------------------------------------

    /** The sum of the outstanding amounts. */
    static BigDecimal outstanding(ReminderDocument doc) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Item item : doc.items()) {
            sum = sum.add(item.outstanding());
        }
        return sum;
    }

    static String invoiceNumbers(ReminderDocument doc) {
        List<String> numbers = new ArrayList<>();
        if (doc.items() != null) {
            for (Item item : doc.items()) {
                if (item != null && !blank(item.invoiceNumber())) {
                    numbers.add(item.invoiceNumber().trim());
                }
            }
        }
        return String.join(", ", numbers);
    }

    /** A label with its placeholders filled in. */
    private String fill(String template) {
        long days = ChronoUnit.DAYS.between(doc.sentDate(), doc.payBy());
        return template.replace("{amount}", currency() + "\u00A0" + fmt.amount(doc.total()))
                .replace("{deadline}", fmt.date(doc.payBy()))
                .replace("{sent}", fmt.date(doc.sentDate()))
                .replace("{days}", String.valueOf(days));
    }

    private void paragraph(String value, boolean emphasis) throws XMLStreamException {
        w.writeStartElement("p");
        if (emphasis) {
            w.writeAttribute("emphasis", "true");
        }
        text(value);
        w.writeEndElement();
    }

    /** Totals labels here can carry user text (the interest rate), so they are made printable as well. */
    @Override
    String totalLabel(String label) {
        return PrintableText.of(clean(label));
    }
}
