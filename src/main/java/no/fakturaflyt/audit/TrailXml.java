package no.fakturaflyt.audit;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A trail as the XML that {@code audit/trail-fo.xsl} lays out; times in Europe/Oslo. */
final class TrailXml {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Oslo"));

    private TrailXml() {
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    static String title(AuditTrail trail) {
        return "Audit trail of " + trail.kind().toLowerCase().replace('_', ' ') + " " + trail.number();
    }

    static byte[] of(AuditTrail trail, Instant generatedAt, String generatedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("trail");
            element(xml, "title", title(trail));
            element(xml, "subtitle", "Customer " + trail.customer() + " · KID " + trail.kid() + " · total "
                    + (trail.total() == null ? "" : trail.total().toPlainString()) + " · dated " + trail.invoiceDate()
                    + " · status " + trail.status() + " · " + trail.entries().size() + " entries");
            element(xml, "generated", "Generated " + time(generatedAt) + " (Europe/Oslo) by " + generatedBy);
            xml.writeStartElement("columns");
            for (String column : new String[] {"Time", "User", "Source", "What", "Details"}) {
                element(xml, "column", column);
            }
            xml.writeEndElement();
            for (TrailEntry entry : trail.entries()) {
                xml.writeStartElement("entry");
                xml.writeAttribute("at", time(entry.at()));
                xml.writeAttribute("actor", entry.actor());
                xml.writeAttribute("source", entry.source());
                element(xml, "what", entry.what());
                element(xml, "details", entry.details() == null ? "" : entry.details());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the trail as XML", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
