package no.fakturaflyt.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * The FOP set-up shared by every PDF renderer of the package: one {@link FopFactory} for the whole
 * application (created on first use, thread-safe), compiled stylesheets, the label files, and the
 * XML → XSL-FO → PDF pipeline.
 *
 * <p>Every PDF is PDF/A-2b (ISO 19005-2), for the archive (bokføringsloven: five years and more): the fonts of
 * {@code document/fonts} embedded as subsets, the sRGB output intent, and XMP metadata whose dc:title and
 * dc:creator are the Title and Author given to {@link #render} (see {@value #CONFIGURATION}).
 */
final class FopSupport {

    static final String PRODUCER = "Fakturaflyt";
    static final String CONFIGURATION = "document/fop.xconf";

    private static final Logger log = LoggerFactory.getLogger(FopSupport.class);

    private FopSupport() {}

    /** The one FOP factory of the application. */
    static FopFactory fopFactory() {
        return Shared.FOP_FACTORY;
    }

    private static final class Shared {
        static final FopFactory FOP_FACTORY = createFopFactory();
    }

    /**
     * Transforms {@code xml} with {@code templates} and renders the result to PDF.
     *
     * @param log the renderer's logger, for FOP's warnings
     */
    static byte[] render(Templates templates, byte[] xml, String title, String author, Logger log)
            throws TransformerException, org.apache.fop.apps.FOPException {
        return render(templates, xml, title, author, log, Map.of());
    }

    /** As {@link #render(Templates, byte[], String, String, Logger)}, with stylesheet parameters. */
    static byte[] render(Templates templates, byte[] xml, String title, String author, Logger log,
            Map<String, Object> parameters) throws TransformerException, org.apache.fop.apps.FOPException {
        FopFactory fopFactory = fopFactory();
        FOUserAgent userAgent = fopFactory.newFOUserAgent();
        // the title goes in as XMP (see XmpTitle); FOP sets the document information's Title from it
        userAgent.setAuthor(author);
        userAgent.setProducer(PRODUCER);
        userAgent.setCreator(PRODUCER);
        userAgent.setCreationDate(new Date());
        userAgent.getEventBroadcaster().addEventListener(event -> logEvent(log, event));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, pdf);
        Transformer transformer = templates.newTransformer();
        transformer.setErrorListener(STRICT);
        parameters.forEach(transformer::setParameter);
        transformer.transform(new StreamSource(new ByteArrayInputStream(xml)),
                new SAXResult(new XmpTitle(title, fop.getDefaultHandler())));
        return pdf.toByteArray();
    }

    private static void logEvent(Logger log, Event event) {
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.INFO) {
            if (log.isDebugEnabled()) {
                log.debug("FOP: {}", EventFormatter.format(event));
            }
        } else {
            log.warn("FOP {}: {}", severity.getName(), EventFormatter.format(event));
        }
    }

    /**
     * The factory configured by {@value #CONFIGURATION}: PDF/A-2b, the shipped fonts. Its relative URLs (the fonts)
     * resolve on the classpath under {@code document/}; nothing is read from the file system or the network (the
     * logo comes as a {@code data:} URI, which FOP decodes itself).
     */
    private static FopFactory createFopFactory() {
        URL url = resource(CONFIGURATION);
        try (InputStream in = url.openStream()) {
            FopFactoryBuilder builder = new FopConfParser(in, ClasspathResources.BASE, new ClasspathResources())
                    .getFopFactoryBuilder()
                    .setStrictFOValidation(true)
                    .setComplexScriptFeatures(false);
            FopFactory factory = builder.build();
            factory.getFontManager().disableFontCache();
            return factory;
        } catch (IOException | SAXException e) {
            throw new DocumentRenderingException("Could not read " + CONFIGURATION + ": " + e.getMessage(), e);
        }
    }

    /**
     * Resolves {@code classpath:/…} URIs (the base of the FOP configuration) from the classpath, and nothing else.
     * FOP reads the font files for every document; they are read from the classpath once and then served from
     * memory.
     */
    static final class ClasspathResources implements ResourceResolver {

        static final URI BASE = URI.create("classpath:/document/");

        private final Map<URI, byte[]> read = new ConcurrentHashMap<>();

        @Override
        public Resource getResource(URI uri) throws IOException {
            if (!"classpath".equals(uri.getScheme()) || uri.getPath() == null) {
                throw new IOException("Only classpath resources are read while rendering, not " + uri);
            }
            byte[] bytes = read.get(uri);
            if (bytes == null) {
                try (InputStream in = resource(uri.getPath().substring(1)).openStream()) {
                    bytes = in.readAllBytes();
                }
                read.putIfAbsent(uri, bytes);
            }
            return new Resource(new ByteArrayInputStream(bytes));
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("Rendering writes no files: " + uri);
        }
    }

    /** Compiles a stylesheet from the classpath with the JDK's own XSLT processor, whatever else is on the classpath. */
    static Templates compileStylesheet(String name) {
        URL url = resource(name);
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        } catch (TransformerConfigurationException | IllegalArgumentException e) {
            log.debug("XSLT processor does not support a security setting: {}", e.getMessage());
        }
        factory.setErrorListener(STRICT);
        // xsl:import of another stylesheet of document/ (the invoice templates import the standard one), nothing else
        factory.setURIResolver((href, base) -> {
            if (href == null || !href.matches("[a-z][a-z-]*\\.xsl")) {
                throw new TransformerException("Only a stylesheet of document/ may be imported, not " + href);
            }
            URL imported = resource("document/" + href);
            try {
                return new StreamSource(imported.openStream(), imported.toExternalForm());
            } catch (IOException e) {
                throw new TransformerException("Could not read " + href + ": " + e.getMessage(), e);
            }
        });
        try (InputStream in = url.openStream()) {
            return factory.newTemplates(new StreamSource(in, url.toExternalForm()));
        } catch (IOException | TransformerException e) {
            throw new DocumentRenderingException("Could not compile " + name + ": " + e.getMessage(), e);
        }
    }

    /** The labels of {@code document/labels_<language>.properties}, read as UTF-8. */
    static Map<String, String> loadLabels(String language) {
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

    /** The nb and en labels, keyed by "nb" and "en". */
    static Map<String, Map<String, String>> loadAllLabels() {
        return Map.of("nb", loadLabels("nb"), "en", loadLabels("en"));
    }

    static Map<String, String> labelsFor(Map<String, Map<String, String>> labels, String language) {
        return labels.get(DocumentFormats.isEnglish(language) ? "en" : "nb");
    }

    private static URL resource(String name) {
        ClassLoader loader = FopSupport.class.getClassLoader();
        URL url = loader == null ? ClassLoader.getSystemResource(name) : loader.getResource(name);
        if (url == null) {
            throw new DocumentRenderingException("Missing classpath resource " + name);
        }
        return url;
    }

    /** Turns every XSLT warning or error into a failure instead of a line on stderr. */
    static final ErrorListener STRICT = new ErrorListener() {
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
