package no.fakturaflyt.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders invoices and credit notes ({@link InvoiceDocument}) to PDF with Apache FOP.
 *
 * <p>The record is written as a small XML document ({@link InvoiceXmlWriter}), transformed with the
 * XSL-FO stylesheet {@code document/invoice-fo.xsl} and rendered by FOP with the built-in Helvetica.
 * One {@link FopFactory} and one compiled stylesheet ({@link Templates}) are shared by all calls;
 * {@link #render} is thread-safe.
 */
@Component
public class InvoicePdfRenderer {

    static final String STYLESHEET = "document/invoice-fo.xsl";
    static final String PRODUCER = "Fakturaflyt";

    private static final Logger log = LoggerFactory.getLogger(InvoicePdfRenderer.class);

    private final FopFactory fopFactory;
    private final Templates templates;
    private final Map<String, Map<String, String>> labels;

    public InvoicePdfRenderer() {
        this.labels = Map.of("nb", loadLabels("nb"), "en", loadLabels("en"));
        this.templates = compileStylesheet();
        this.fopFactory = createFopFactory();
    }

    /**
     * Renders one invoice or credit note.
     *
     * @return the PDF
     * @throws DocumentRenderingException when the document is incomplete (no kind, seller, buyer, or no number
     *                                    outside preview) or cannot be rendered
     */
    public byte[] render(InvoiceDocument doc) {
        validate(doc);
        Map<String, String> docLabels = labelsFor(doc.language());
        try {
            byte[] xml = new InvoiceXmlWriter(doc, docLabels).write();

            FOUserAgent userAgent = fopFactory.newFOUserAgent();
            userAgent.setTitle(InvoiceXmlWriter.clean(InvoiceXmlWriter.pdfTitle(doc, docLabels)));
            userAgent.setAuthor(InvoiceXmlWriter.clean(doc.seller().name()));
            userAgent.setProducer(PRODUCER);
            userAgent.setCreator(PRODUCER);
            userAgent.setCreationDate(new Date());
            userAgent.getEventBroadcaster().addEventListener(InvoicePdfRenderer::logEvent);

            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, pdf);
            Transformer transformer = templates.newTransformer();
            transformer.setErrorListener(STRICT);
            transformer.transform(new StreamSource(new ByteArrayInputStream(xml)), new SAXResult(fop.getDefaultHandler()));
            return pdf.toByteArray();
        } catch (Exception e) {
            throw new DocumentRenderingException("Could not render " + describe(doc) + " to PDF: " + e.getMessage(), e);
        }
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
        return labels.get(DocumentFormats.isEnglish(language) ? "en" : "nb");
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
        String kind = doc.kind() == InvoiceDocument.Kind.CREDIT_NOTE ? "credit note" : "invoice";
        if (doc.preview()) {
            return kind + " preview";
        }
        return doc.number() == null || doc.number().isBlank() ? kind : kind + " " + doc.number().trim();
    }

    private static void logEvent(Event event) {
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.INFO) {
            if (log.isDebugEnabled()) {
                log.debug("FOP: {}", EventFormatter.format(event));
            }
        } else {
            log.warn("FOP {}: {}", severity.getName(), EventFormatter.format(event));
        }
    }

    // --- set-up, once per instance ---------------------------------------------------------------

    private static FopFactory createFopFactory() {
        // Only the base-14 fonts and data: URIs are used, so the base URI never resolves anything real.
        URI base = URI.create("file:///fakturaflyt/document/");
        FopFactoryBuilder builder = new FopFactoryBuilder(base)
                .setStrictFOValidation(true)
                .setComplexScriptFeatures(false);
        FopFactory factory = builder.build();
        factory.getFontManager().disableFontCache();
        return factory;
    }

    private static Templates compileStylesheet() {
        URL url = resource(STYLESHEET);
        // The JDK's own XSLT processor, whatever else is on the classpath.
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        } catch (TransformerConfigurationException | IllegalArgumentException e) {
            log.debug("XSLT processor does not support a security setting: {}", e.getMessage());
        }
        factory.setErrorListener(STRICT);
        try (InputStream in = url.openStream()) {
            return factory.newTemplates(new StreamSource(in, url.toExternalForm()));
        } catch (IOException | TransformerException e) {
            throw new DocumentRenderingException("Could not compile " + STYLESHEET + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> loadLabels(String language) {
        String name = "document/labels_" + language + ".properties";
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(resource(name).openStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new DocumentRenderingException("Could not read " + name + ": " + e.getMessage(), e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((key, value) -> map.put(key.toString(), value.toString()));
        return Collections.unmodifiableMap(map);
    }

    private static URL resource(String name) {
        ClassLoader loader = InvoicePdfRenderer.class.getClassLoader();
        URL url = loader == null ? ClassLoader.getSystemResource(name) : loader.getResource(name);
        if (url == null) {
            throw new DocumentRenderingException("Missing classpath resource " + name);
        }
        return url;
    }

    /** Turns every XSLT warning or error into a failure instead of a line on stderr. */
    private static final ErrorListener STRICT = new ErrorListener() {
        @Override
        public void warning(TransformerException exception) {
            log.warn("XSLT: {}", exception.getMessageAndLocation());
        }

        @Override
        public void error(TransformerException exception) throws TransformerException {
            throw exception;
        }

        @Override
        public void fatalError(TransformerException exception) throws TransformerException {
            throw exception;
        }
    };
}
