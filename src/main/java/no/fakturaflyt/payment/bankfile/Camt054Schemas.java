package no.fakturaflyt.payment.bankfile;

import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates a camt.054 document against ISO 20022's own schema of its version, where we ship it (see
 * {@code iso20022/README.md} beside the schemas for which versions and where they come from). Versions without a
 * shipped schema are only checked by the reader's own structural checks. A schema error names the element it
 * happened in, as the other file errors do.
 */
final class Camt054Schemas {

    /** Xerces' property for the element a DOM validation is at; the JDK's validator supports it. */
    private static final String CURRENT_ELEMENT = "http://apache.org/xml/properties/dom/current-element-node";

    private final Map<String, Optional<Schema>> schemas = new ConcurrentHashMap<>();

    /** Whether this version is validated against the official schema. */
    boolean hasSchema(String version) {
        return schema(version).isPresent();
    }

    void validate(Document document, String version) {
        Optional<Schema> schema = schema(version);
        if (schema.isEmpty()) {
            return;
        }
        Validator validator = schema.get().newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The schema validator cannot be closed to outside access", e);
        }
        validator.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                throw rejected(validator, version, e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                throw rejected(validator, version, e);
            }
        });
        try {
            validator.validate(new DOMSource(document));
        } catch (SAXException | IOException e) {
            throw new BankFileException(null, "does not follow the camt.054." + version + " schema: " + e.getMessage(),
                    e, "camtSchema", version);
        }
    }

    private static BankFileException rejected(Validator validator, String version, SAXParseException e) {
        String location = null;
        try {
            Object current = validator.getProperty(CURRENT_ELEMENT);
            if (current instanceof Node node) {
                location = CamtElement.pathOf(node);
            }
        } catch (SAXNotRecognizedException | SAXNotSupportedException ignored) {
            // the message alone then
        }
        return new BankFileException(location, "does not follow the ISO 20022 schema of camt.054." + version + ": "
                + e.getMessage(), e, "camtSchema", version);
    }

    private Optional<Schema> schema(String version) {
        return schemas.computeIfAbsent(version, Camt054Schemas::load);
    }

    private static Optional<Schema> load(String version) {
        URL xsd = Camt054Schemas.class.getResource("iso20022/camt.054." + version + ".xsd");
        if (xsd == null) {
            return Optional.empty();
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return Optional.of(factory.newSchema(xsd));
        } catch (SAXException e) {
            throw new IllegalStateException("The shipped schema " + xsd + " does not load", e);
        }
    }
}
