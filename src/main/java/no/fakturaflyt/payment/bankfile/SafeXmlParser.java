package no.fakturaflyt.payment.bankfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a bank file that came from outside into a DOM without letting the file make the parser do anything but
 * parse: a bank file never needs a DTD, so a DOCTYPE is refused outright, which shuts out XXE (reading local files or
 * URLs through external entities), external DTDs and entity-expansion bombs in one go. The other switches (no
 * external entities, no XInclude, no external DTD or schema access, secure processing with its expansion limits) are
 * there in case a future JDK or parser ignores the first one.
 */
final class SafeXmlParser {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private final DocumentBuilderFactory factory;

    SafeXmlParser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute("jdk.xml.entityExpansionLimit", "64");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setValidating(false);
            this.factory = f;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("The XML parser cannot be made safe for bank files", e);
        }
    }

    Document parse(byte[] file) {
        if (file == null || file.length == 0) {
            throw new BankFileException(null, "the file is empty (0 bytes)", "emptyXml");
        }
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new FailOnError());
            // Anything that still asks for an outside entity gets nothing, never the file or URL it named.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new ByteArrayInputStream(file));
        } catch (SAXParseException e) {
            throw refused(e);
        } catch (SAXException | IOException e) {
            throw new BankFileException(null, "not an XML document: " + e.getMessage(), e, "notXml");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BankFileException refused(SAXParseException e) {
        String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String message = String.valueOf(e.getMessage());
        if (message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
            return new BankFileException(where, "a DOCTYPE declaration is not allowed in a bank file (DTDs and "
                    + "entities are refused so that the file cannot make us read other files or expand without "
                    + "end); nothing of it was read", e, "doctype");
        }
        return new BankFileException(where, "not well-formed XML: " + message, e, "notWellFormed");
    }

    /** Recoverable errors are as fatal as fatal ones: a bank file is either right or rejected. */
    private static final class FailOnError extends DefaultHandler {
        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
