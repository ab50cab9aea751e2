package no.fakturaflyt.document;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * PDF/A-2b for other modules' reports (the audit trail): their own XSL-FO stylesheet on the classpath, their own XML,
 * through the same FOP set-up, fonts, output intent and XMP metadata as our invoices ({@link FopSupport}).
 */
@Component
public class ArchivePdf {

    private static final Logger log = LoggerFactory.getLogger(ArchivePdf.class);

    private final Map<String, Templates> stylesheets = new ConcurrentHashMap<>();

    /**
     * @param stylesheet the classpath name of an XSL-FO stylesheet; its fo:root must use the font family
     *                   "Liberation Sans" (the only fonts embedded)
     * @throws DocumentRenderingException when the stylesheet is missing or the transformation fails
     */
    public byte[] render(String stylesheet, byte[] xml, String title, String author) {
        Templates templates = stylesheets.computeIfAbsent(stylesheet, FopSupport::compileStylesheet);
        try {
            return FopSupport.render(templates, xml, title, author, log);
        } catch (Exception e) {
            throw new DocumentRenderingException("Could not render " + title + " to PDF: " + e.getMessage(), e);
        }
    }
}
