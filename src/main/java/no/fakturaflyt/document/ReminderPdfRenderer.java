package no.fakturaflyt.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.transform.Templates;
import no.fakturaflyt.document.ReminderDocument.Item;
import no.fakturaflyt.document.ReminderDocument.Kind;
import org.apache.fop.apps.FopFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders the documents of the payment follow-up ({@link ReminderDocument}: reminders and collection notices)
 * to PDF with Apache FOP, laid out like the invoice.
 *
 * <p>The record is written as a small XML document ({@link ReminderXmlWriter}), transformed with the XSL-FO
 * stylesheet {@code document/reminder-fo.xsl} and rendered by the {@link FopFactory} that every renderer of the
 * package shares ({@link FopSupport}). The legal texts (heading "Inkassovarsel", the collection warning, late
 * interest under forsinkelsesrenteloven) come from {@code document/labels_nb|en.properties}.
 * {@link #render} is thread-safe.
 */
@Component
public class ReminderPdfRenderer {

    static final String STYLESHEET = "document/reminder-fo.xsl";

    private static final Logger log = LoggerFactory.getLogger(ReminderPdfRenderer.class);

    private final FopFactory fopFactory;
    private final Templates templates;
    private final Map<String, Map<String, String>> labels;

    public ReminderPdfRenderer() {
        this.labels = FopSupport.loadAllLabels();
        this.templates = FopSupport.compileStylesheet(STYLESHEET);
        this.fopFactory = FopSupport.fopFactory();
    }

    /**
     * Renders one reminder or collection notice.
     *
     * @return the PDF
     * @throws DocumentRenderingException when the document is incomplete or contradicts itself: no kind, seller,
     *                                    buyer, dates, account or overdue item; a sequence other than 1 or 2; a
     *                                    deadline not after the day it is sent, or for a collection notice less
     *                                    than {@value ReminderDocument#COLLECTION_NOTICE_MIN_DAYS} days after it;
     *                                    a total that is not the outstanding amounts plus fee plus interest
     */
    public byte[] render(ReminderDocument doc) {
        return render(doc, PageFrame.ALONE);
    }

    /** Renders one document as the start of a longer PDF ({@link PageFrame}). */
    byte[] render(ReminderDocument doc, PageFrame frame) {
        validate(doc);
        Map<String, String> docLabels = FopSupport.labelsFor(labels, doc.language());
        try {
            byte[] xml = new ReminderXmlWriter(doc, docLabels).write();
            return FopSupport.render(templates, xml,
                    InvoiceXmlWriter.clean(ReminderXmlWriter.pdfTitle(doc, docLabels)),
                    InvoiceXmlWriter.clean(doc.seller().name()), log, frame.parameters());
        } catch (Exception e) {
            throw new DocumentRenderingException("Could not render " + describe(doc) + " to PDF: " + e.getMessage(), e);
        }
    }

    /** The intermediate XML of a document (for diagnosis and tests). */
    String toXml(ReminderDocument doc) {
        validate(doc);
        try {
            return new String(new ReminderXmlWriter(doc, FopSupport.labelsFor(labels, doc.language())).write(),
                    StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new DocumentRenderingException("Could not write " + describe(doc) + " as XML: " + e.getMessage(), e);
        }
    }

    /** The FOP factory this renderer uses: the one of {@link FopSupport}, shared by every renderer. */
    FopFactory fopFactory() {
        return fopFactory;
    }

    private static void validate(ReminderDocument doc) {
        if (doc == null) {
            throw new DocumentRenderingException("No document to render");
        }
        if (doc.kind() == null) {
            throw new DocumentRenderingException("Document kind is missing");
        }
        String what = describe(doc);
        if (doc.seller() == null || doc.buyer() == null) {
            throw new DocumentRenderingException("Seller and buyer are required: " + what);
        }
        if (doc.sequence() < 1 || doc.sequence() > 2) {
            throw new DocumentRenderingException("The sequence of a " + what + " is 1 or 2, not " + doc.sequence());
        }
        if (doc.sentDate() == null || doc.payBy() == null) {
            throw new DocumentRenderingException("A " + what + " needs the day it is sent and a deadline");
        }
        if (!doc.payBy().isAfter(doc.sentDate())) {
            throw new DocumentRenderingException("The deadline of a " + what + " (" + doc.payBy()
                    + ") must be after the day it is sent (" + doc.sentDate() + ")");
        }
        if (doc.kind() == Kind.COLLECTION_NOTICE
                && doc.payBy().isBefore(doc.sentDate().plusDays(ReminderDocument.COLLECTION_NOTICE_MIN_DAYS))) {
            throw new DocumentRenderingException("The deadline of a collection notice must be at least "
                    + ReminderDocument.COLLECTION_NOTICE_MIN_DAYS + " days after it is sent (inkassoloven § 9): sent "
                    + doc.sentDate() + ", deadline " + doc.payBy());
        }
        if (doc.bankAccount() == null || doc.bankAccount().isBlank()) {
            throw new DocumentRenderingException("A " + what + " needs the account number to pay to");
        }
        if (doc.items() == null || doc.items().isEmpty()) {
            throw new DocumentRenderingException("A " + what + " needs at least one overdue invoice");
        }
        for (Item item : doc.items()) {
            if (item == null || item.invoiceNumber() == null || item.invoiceNumber().isBlank()
                    || item.outstanding() == null) {
                throw new DocumentRenderingException("Every overdue item of a " + what
                        + " needs an invoice number and an outstanding amount");
            }
        }
        if (doc.fee() != null && doc.fee().signum() < 0) {
            throw new DocumentRenderingException("The fee of a " + what + " cannot be negative: " + doc.fee());
        }
        if (doc.total() == null) {
            throw new DocumentRenderingException("A " + what + " needs the total to pay");
        }
        BigDecimal expected = ReminderXmlWriter.outstanding(doc).add(nz(doc.fee())).add(nz(doc.interest()));
        if (cents(expected).compareTo(cents(doc.total())) != 0) {
            throw new DocumentRenderingException("The total of a " + what + " (" + doc.total()
                    + ") is not the outstanding amounts plus fee plus interest (" + expected + ")");
        }
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String describe(ReminderDocument doc) {
        if (doc == null) {
            return "document";
        }
        String kind = doc.kind() == Kind.COLLECTION_NOTICE ? "collection notice" : "reminder";
        String numbers = ReminderXmlWriter.invoiceNumbers(doc);
        return numbers.isEmpty() ? kind : kind + " for invoice " + numbers;
    }
}
