package no.fakturaflyt.document;

import javax.xml.XMLConstants;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Puts the document's title into the XSL-FO as XMP metadata ({@code fo:declarations}, right after the
 * {@code fo:layout-master-set}), on its way from the stylesheet to FOP.
 *
 * <p>PDF/A-2 wants dc:title as a language alternative ({@code rdf:Alt} with an {@code x-default} entry, XMP
 * specification and ISO 19005-2 6.6.2.3.1), but FOP 2.11 writes the Title it is given in its user agent as a plain
 * text property, which veraPDF refuses. Given here, the title is written as an {@code rdf:Alt}; FOP merges its own
 * metadata (the author as dc:creator, the dates, the PDF/A identification) into it and sets the document
 * information's Title from it, so the two always agree. The stylesheets need not know.
 */
final class XmpTitle extends XMLFilterImpl {

    static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final String X = "adobe:ns:meta/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final Attributes NONE = new AttributesImpl();

    private final String title;

    XmpTitle(String title, ContentHandler fop) {
        this.title = title;
        setContentHandler(fop);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        if (FO.equals(uri) && "layout-master-set".equals(localName) && title != null && !title.isBlank()) {
            declarations();
        }
    }

    private void declarations() throws SAXException {
        start(FO, "declarations", "fo:declarations", NONE);
        startPrefixMapping("x", X);
        start(X, "xmpmeta", "x:xmpmeta", NONE);
        startPrefixMapping("rdf", RDF);
        start(RDF, "RDF", "rdf:RDF", NONE);
        AttributesImpl about = new AttributesImpl();
        about.addAttribute(RDF, "about", "rdf:about", "CDATA", "");
        start(RDF, "Description", "rdf:Description", about);
        startPrefixMapping("dc", DC);
        start(DC, "title", "dc:title", NONE);
        start(RDF, "Alt", "rdf:Alt", NONE);
        AttributesImpl lang = new AttributesImpl();
        lang.addAttribute(XMLConstants.XML_NS_URI, "lang", "xml:lang", "CDATA", "x-default");
        start(RDF, "li", "rdf:li", lang);
        characters(title.toCharArray(), 0, title.length());
        end(RDF, "li", "rdf:li");
        end(RDF, "Alt", "rdf:Alt");
        end(DC, "title", "dc:title");
        endPrefixMapping("dc");
        end(RDF, "Description", "rdf:Description");
        end(RDF, "RDF", "rdf:RDF");
        endPrefixMapping("rdf");
        end(X, "xmpmeta", "x:xmpmeta");
        endPrefixMapping("x");
        end(FO, "declarations", "fo:declarations");
    }

    private void start(String uri, String local, String qName, Attributes attributes) throws SAXException {
        super.startElement(uri, local, qName, attributes);
    }

    private void end(String uri, String local, String qName) throws SAXException {
        super.endElement(uri, local, qName);
    }
}
