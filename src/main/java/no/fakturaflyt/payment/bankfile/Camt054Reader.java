package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads an ISO 20022 camt.054 (BankToCustomerDebitCreditNotification) file from a bank into the incoming payments
 * it reports, or rejects it whole with where it is wrong. Norwegian banks send camt.054.001.02 and, on newer
 * channels, .08; versions .02 to .08 are read. The file is parsed with DTDs and entities refused, validated against
 * ISO's own schema where we ship it ({@link Camt054Schemas}), checked against its own control figures
 * ({@link Camt054Controls}), and only then turned into transactions ({@link Camt054Entry}): booked credits and
 * reversed credits, one per transaction detail, in file order. Booking is not done here.
 */
@Component
final class Camt054Reader implements BankFileReader {

    private static final Pattern NAMESPACE = Pattern.compile(
            "urn:iso:std:iso:20022:tech:xsd:camt\\.054\\.(001\\.\\d\\d)");
    private static final Set<String> READ_VERSIONS = Set.of("001.02", "001.03", "001.04", "001.05", "001.06",
            "001.07", "001.08");

    private final SafeXmlParser parser = new SafeXmlParser();
    private final Camt054Schemas schemas = new Camt054Schemas();

    @Override
    public BankFile.Format format() {
        return BankFile.Format.CAMT054;
    }

    /** An XML document: '<' first, after an optional byte-order mark and white space. */
    @Override
    public boolean recognises(byte[] file) {
        int i = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < file.length && Character.isWhitespace(file[i])) {
            i++;
        }
        return i < file.length && file[i] == '<';
    }

    @Override
    public BankFile read(byte[] file) {
        Document document = parser.parse(file);
        Element root = document.getDocumentElement();
        String version = version(root);
        CamtElement notification = new CamtElement(root).required("BkToCstmrDbtCdtNtfctn");
        List<BankTransaction> transactions = new ArrayList<>();
        List<BankFile.Finding> findings = new ArrayList<>();
        for (CamtElement ntfctn : notification.children("Ntfctn")) {
            List<CamtElement> entries = ntfctn.children("Ntry");
            Camt054Controls.checkSummary(ntfctn, entries, findings);
            for (CamtElement entry : entries) {
                transactions.addAll(Camt054Entry.read(entry, findings));
            }
        }
        if (notification.children("Ntfctn").isEmpty()) {
            throw new BankFileException(notification.childPath("Ntfctn"), "missing: the file has no notification",
                    "camtNoNotification");
        }
        String fileReference = notification.required("GrpHdr").requiredText("MsgId");
        schemas.validate(document, version);
        requireUniqueReferences(transactions);
        BigDecimal total = transactions.stream().map(BankTransaction::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return new BankFile(BankFile.Format.CAMT054, fileReference, transactions, total, List.of(), findings);
    }

    /** Whether a version is checked against ISO's schema, not only by this reader's own checks. */
    boolean validatesAgainstSchema(String version) {
        return schemas.hasSchema(version);
    }

    private static String version(Element root) {
        String namespace = root.getNamespaceURI();
        Matcher matcher = namespace == null ? null : NAMESPACE.matcher(namespace);
        if (matcher == null || !matcher.matches() || !READ_VERSIONS.contains(matcher.group(1))) {
            throw new BankFileException(root.getLocalName() == null ? root.getNodeName() : root.getLocalName(),
                    "not a camt.054 document that can be read: namespace " + (namespace == null ? "(none)"
                            : namespace) + "; expected urn:iso:std:iso:20022:tech:xsd:camt.054.001.02 to .08",
                    "camtNamespace", namespace == null ? "–" : namespace);
        }
        if (!"Document".equals(root.getLocalName())) {
            throw new BankFileException(root.getLocalName(), "not a camt.054 document: the root element is "
                    + root.getLocalName() + ", not Document", "camtRoot", root.getLocalName());
        }
        return matcher.group(1);
    }

    /** The import treats a repeated reference as a payment already booked, so two in one file would lose one. */
    private static void requireUniqueReferences(List<BankTransaction> transactions) {
        Map<String, BankTransaction> seen = new HashMap<>();
        for (BankTransaction transaction : transactions) {
            BankTransaction earlier = seen.putIfAbsent(transaction.reference(), transaction);
            if (earlier != null) {
                throw new BankFileException(transaction.location(), "the bank reference " + transaction.reference()
                        + " is also used by " + earlier.location() + "; each transaction must have its own",
                        "camtReferenceTwice", transaction.reference(), earlier.location());
            }
        }
    }
}
