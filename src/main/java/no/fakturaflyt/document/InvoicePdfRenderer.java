package no.fakturaflyt.document;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.transform.Templates;
import no.fakturaflyt.common.InvoiceTemplate;
import org.apache.fop.apps.FopFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders invoices, credit notes, quotes and order confirmations ({@link InvoiceDocument}) to PDF with Apache FOP.
 *
 * <p>The record is written as a small XML document ({@link InvoiceXmlWriter}), transformed with the
 * XSL-FO stylesheet {@code document/invoice-fo.xsl} and rendered by FOP as PDF/A-2b with the embedded Liberation
 * Sans (see {@link FopSupport}).
 * One {@link FopFactory} (shared with the other renderers of the package, see {@link FopSupport}) and one
 * compiled stylesheet ({@link Templates}) are shared by all calls; {@link #render} is thread-safe.
 */
@Component
public class InvoicePdfRenderer {

    static final String STYLESHEET = "document/invoice-fo.xsl";
    static final String PRODUCER = FopSupport.PRODUCER;

    private static final Logger log = LoggerFactory.getLogger(InvoicePdfRenderer.class);

    private final FopFactory fopFactory;
    private final Map<InvoiceTemplate, Templates> templates = new EnumMap<>(InvoiceTemplate.class);
    private final Map<String, Map<String, String>> labels;

    public InvoicePdfRenderer() {
        this.labels = FopSupport.loadAllLabels();
        for (InvoiceTemplate template : InvoiceTemplate.values()) {
            templates.put(template, FopSupport.compileStylesheet(template.stylesheet()));
        }
        this.fopFactory = FopSupport.fopFactory();
    }

    /**
     * Renders one invoice or credit note.
     *
     * @return the PDF
     * @throws DocumentRenderingException when the document is incomplete (no kind, seller, buyer, or no number
     *                                    outside preview) or cannot be rendered
     */
    public byte[] render(InvoiceDocument doc) {
        return render(doc, PageFrame.ALONE);
    }

    /** Renders one document as a part of a longer PDF ({@link PageFrame}). */
    byte[] render(InvoiceDocument doc, PageFrame frame) {
        validate(doc);
        Map<String, String> docLabels = labelsFor(doc.language());
        try {
            byte[] xml = new InvoiceXmlWriter(doc, docLabels).write();

            return FopSupport.render(templates.get(InvoiceTemplate.of(doc.template())), xml,
                    InvoiceXmlWriter.clean(InvoiceXmlWriter.pdfTitle(doc, docLabels)),
                    InvoiceXmlWriter.clean(doc.seller().name()), log, frame.parameters());
        } catch (Exception e) {
            throw new DocumentRenderingException("Could not render " + describe(doc) + " to PDF: " + e.getMessage(), e);
        }
    }

    /** The FOP factory this renderer uses: the one of {@link FopSupport}, shared by every renderer. */
    FopFactory fopFactory() {
        return fopFactory;
    }

    /** The intermediate XML of a document (for diagnosis and tests). */
    String toXml(InvoiceDocument doc) {
        validate(doc);
        try {
            return new String(new InvoiceXmlWriter(doc, labelsFor(doc.language())).write(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new DocumentRenderingException("Could not write " + describe(doc) + " as XML: " + e.getMessage(), e);
        }
    }

    private Map<String, String> labelsFor(String language) {
        return FopSupport.labelsFor(labels, language);
    }

    private static void validate(InvoiceDocument doc) {
        if (doc == null) {
            throw new DocumentRenderingException("No document to render");
        }
        if (doc.kind() == null) {
            throw new DocumentRenderingException("Document kind is missing");
        }
        if (doc.seller() == null || doc.buyer() == null) {
            throw new DocumentRenderingException("Seller and buyer are required: " + describe(doc));
        }
        if (!doc.preview() && (doc.number() == null || doc.number().isBlank())) {
            throw new DocumentRenderingException("A " + describe(doc) + " that is not a preview must have a number");
        }
    }

    private static String describe(InvoiceDocument doc) {
        if (doc == null) {
            return "document";
        }
        String kind = doc.kind() == null ? "document" : doc.kind().name().toLowerCase().replace('_', ' ');
        if (doc.preview()) {
            return kind + " preview";
        }
        return doc.number() == null || doc.number().isBlank() ? kind : kind + " " + doc.number().trim();
    }
}
