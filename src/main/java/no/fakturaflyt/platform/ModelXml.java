package no.fakturaflyt.platform;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;

/**
 * Reads a model's XML into the engine's own element tree (with line and column), namespace-aware and without any
 * document type, external entity or inclusion: the same document the engine's parser reads with its default
 * settings (XXE processing off), so what is checked is what runs.
 */
final class ModelXml {

    private ModelXml() {
    }

    static Element read(String name, byte[] xml) {
        Parser parser = new Parser() {
            @Override
            public Parse createParse() {
                return new Parse(this) {
                };
            }

            @Override
            protected SAXParser getSaxParser() throws Exception {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setValidating(false);
                factory.setXIncludeAware(false);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                return factory.newSAXParser();
            }
        };
        Parse parse = parser.createParse().name(name).sourceInputStream(new ByteArrayInputStream(xml)).execute();
        if (parse.hasErrors() || parse.getRootElement() == null) {
            throw new IllegalArgumentException("is no well-formed XML");
        }
        return parse.getRootElement();
    }

    /** The element's own id, or null. */
    static String id(Element element) {
        String id = element.attribute("id");
        return id == null || id.isBlank() ? null : id;
    }

    /** The local name of an attribute key of {@link Element#attributes()} ("uri:name" or "name"). */
    static String localName(String key) {
        int colon = key.lastIndexOf(':');
        return colon < 0 ? key : key.substring(colon + 1);
    }

    /** The namespace of an attribute key of {@link Element#attributes()}, "" for none. */
    static String namespace(String key) {
        int colon = key.lastIndexOf(':');
        return colon < 0 ? "" : key.substring(0, colon);
    }
}
