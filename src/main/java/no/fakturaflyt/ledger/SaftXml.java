package no.fakturaflyt.ledger;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin writer for SAF-T elements in the Norwegian namespace: no empty optional elements, amounts with two decimals. */
final class SaftXml implements AutoCloseable {

    static final String NAMESPACE = "urn:StandardAuditFile-Taxation-Financial:NO";

    private final XMLStreamWriter xml;

    SaftXml(OutputStream out) throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
    }

    SaftXml open(String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        return this;
    }

    SaftXml root(String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeDefaultNamespace(NAMESPACE);
        return this;
    }

    SaftXml end() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    /** An element with text; nothing when the value is null or blank (every such element is optional). */
    SaftXml text(String name, Object value) throws XMLStreamException {
        if (value == null || value.toString().isBlank()) {
            return this;
        }
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(value.toString().strip());
        xml.writeEndElement();
        return this;
    }

    SaftXml amount(String name, BigDecimal value) throws XMLStreamException {
        return text(name, value.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
    }

    /** A debit or credit balance (SAF-T writes one of the two): debit when not negative. */
    SaftXml balance(String debitName, String creditName, BigDecimal debitMinusCredit) throws XMLStreamException {
        return debitMinusCredit.signum() >= 0 ? amount(debitName, debitMinusCredit)
                : amount(creditName, debitMinusCredit.negate());
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
