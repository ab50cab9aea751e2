package no.fakturaflyt.payment.bankfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A camt.054 element that knows its own path in the document, so that every complaint about a file can say where:
 * a bank's support desk needs "Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[3]/Amt", not "amount missing".
 * Children are looked up in the document's own namespace only, so that a foreign element with the same local name
 * is never taken for an ISO one.
 */
final class CamtElement {

    /** The elements that repeat in a notification; only these carry a position in a path. */
    private static final Set<String> REPEATING = Set.of("Ntfctn", "Ntry", "NtryDtls", "TxDtls", "Strd", "Ustrd");

    private final Element element;

    CamtElement(Element element) {
        this.element = element;
    }

    /** The first child of that name, if any. */
    Optional<CamtElement> child(String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isNamed(n, name)) {
                return Optional.of(new CamtElement((Element) n));
            }
        }
        return Optional.empty();
    }

    /** The child at the end of a chain of names ("RmtInf", "Ustrd"), if every step is there. */
    Optional<CamtElement> at(String... names) {
        Optional<CamtElement> current = Optional.of(this);
        for (String name : names) {
            current = current.flatMap(e -> e.child(name));
        }
        return current;
    }

    /** The text at the end of a chain of names, trimmed; empty when absent or blank. */
    Optional<String> textAt(String... names) {
        return at(names).map(CamtElement::text).filter(t -> !t.isEmpty());
    }

    CamtElement required(String name) {
        return child(name).orElseThrow(() -> new BankFileException(childPath(name),
                "missing: a camt.054 file must have " + name + " here", "camtMissing", name));
    }

    String requiredText(String name) {
        String text = required(name).text();
        if (text.isEmpty()) {
            throw new BankFileException(childPath(name), "empty: " + name + " must have a value", "camtEmpty", name);
        }
        return text;
    }

    List<CamtElement> children(String name) {
        List<CamtElement> result = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isNamed(n, name)) {
                result.add(new CamtElement((Element) n));
            }
        }
        return result;
    }

    String text() {
        return element.getTextContent().trim();
    }

    /** An attribute without namespace (Ccy), or null. */
    String attribute(String name) {
        return element.hasAttribute(name) ? element.getAttribute(name).trim() : null;
    }

    String name() {
        return element.getLocalName();
    }

    String path() {
        return pathOf(element);
    }

    String childPath(String name) {
        return path() + "/" + name;
    }

    private boolean isNamed(Node n, String name) {
        return n.getNodeType() == Node.ELEMENT_NODE && name.equals(n.getLocalName())
                && java.util.Objects.equals(element.getNamespaceURI(), n.getNamespaceURI());
    }

    /** The path of any element of the document, positions counted among same-named siblings from 1. */
    static String pathOf(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            String name = n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
            String step = REPEATING.contains(name) ? name + "[" + position(n) + "]" : name;
            path.insert(0, path.isEmpty() ? step : step + "/");
        }
        return path.toString();
    }

    private static int position(Node node) {
        int position = 1;
        for (Node n = node.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && node.getLocalName().equals(n.getLocalName())) {
                position++;
            }
        }
        return position;
    }
}
