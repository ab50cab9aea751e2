package no.fakturaflyt.distribution.ehf;

import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.level.EErrorLevel;
import com.helger.diagnostics.error.level.IErrorLevel;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.peppol.PeppolValidationBisEurope;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates EHF Billing 3.0 documents with phive and OpenPeppol's Peppol BIS Billing 3.0 rules
 * ({@code phive-rules-peppol}): the UBL 2.1 schema, the CEN EN 16931 rules (BR-*) and the Peppol rules
 * (PEPPOL-EN16931-*), which include the Norwegian ones (NO-R-001, NO-R-002).
 *
 * <p>The rule sets of the Peppol releases in the library are registered once, in the constructor; each validation
 * uses the release that is in force on the day (Peppol replaces the rules twice a year). The XSLT of a rule set is
 * compiled on its first use and cached by phive for the life of the JVM, so the first validation of an invoice (and
 * of a credit note) takes a few seconds and later ones a few hundred milliseconds. Thread-safe.
 */
@Component
public class EhfValidator {

    private static final Logger log = LoggerFactory.getLogger(EhfValidator.class);
    private static final Pattern RULE_PREFIX = Pattern.compile("^\\s*\\[([^\\]]+)\\]\\s*-\\s*", Pattern.DOTALL);

    private final ValidationExecutorSetRegistry<IValidationSourceXML> registry;

    public EhfValidator() {
        long start = System.nanoTime();
        ValidationExecutorSetRegistry<IValidationSourceXML> vesRegistry = new ValidationExecutorSetRegistry<>();
        PeppolValidationBisEurope.init(vesRegistry);
        this.registry = vesRegistry;
        log.info("EHF validation rules registered in {} ms ({} rule sets)",
                Duration.ofNanos(System.nanoTime() - start).toMillis(), vesRegistry.getAll().size());
    }

    /**
     * Every finding for the document, warnings included; empty when it is valid and clean.
     *
     * @param xml  the UBL 2.1 document
     * @param kind which rules to apply: the invoice or the credit-note rules
     */
    public List<EhfValidationError> validate(String xml, EhfDocument.Kind kind) {
        Document dom;
        try {
            dom = parse(xml);
        } catch (SAXParseException e) {
            return List.of(new EhfValidationError("XML", EhfValidationError.Severity.FATAL, e.getMessage(),
                    e.getLineNumber() + ":" + e.getColumnNumber()));
        } catch (SAXException | IOException e) {
            return List.of(new EhfValidationError("XML", EhfValidationError.Severity.FATAL, e.getMessage(), null));
        }

        IValidationExecutorSet<IValidationSourceXML> ves = rulesFor(kind);
        long start = System.nanoTime();
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), ves, ValidationSourceXML.create(null, dom), Locale.ENGLISH);
        List<EhfValidationError> findings = new ArrayList<>();
        for (ValidationResult result : results) {
            String layer = result.getValidationArtefact().getValidationType().getID();
            result.getErrorList().forEach(error -> findings.add(toFinding(error, layer)));
        }
        log.debug("EHF {} validated with {} in {} ms: {} finding(s)", kind, ves.getID().getAsSingleID(),
                Duration.ofNanos(System.nanoTime() - start).toMillis(), findings.size());
        return List.copyOf(findings);
    }

    /**
     * Validates, and stops the document when any finding is an ERROR or FATAL; warnings pass.
     *
     * @param documentLabel names the document in the exception's message, e.g. "EHF invoice 10001"
     * @return the findings, i.e. the warnings, for the record
     * @throws EhfValidationException listing the rule id and message of every error
     */
    public List<EhfValidationError> requireValid(String xml, EhfDocument.Kind kind, String documentLabel) {
        List<EhfValidationError> findings = validate(xml, kind);
        if (findings.stream().anyMatch(EhfValidationError::isError)) {
            throw new EhfValidationException(documentLabel, findings);
        }
        return findings;
    }

    /** {@link #requireValid(String, EhfDocument.Kind, String)} with a label made of the kind. */
    public List<EhfValidationError> requireValid(String xml, EhfDocument.Kind kind) {
        return requireValid(xml, kind, "EHF " + (kind == EhfDocument.Kind.INVOICE ? "invoice" : "credit note"));
    }

    /** The identifier of the rule set used today for the kind, e.g. "eu.peppol.bis3:invoice:2026.5". */
    public String rulesInForce(EhfDocument.Kind kind) {
        return rulesFor(kind).getID().getAsSingleID();
    }

    private IValidationExecutorSet<IValidationSourceXML> rulesFor(EhfDocument.Kind kind) {
        DVRCoordinate latest = kind == EhfDocument.Kind.INVOICE
                ? PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3
                : PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3;
        IValidationExecutorSet<IValidationSourceXML> inForce = registry.getLatestReleaseActiveVersion(
                latest.getGroupID(), latest.getArtifactID(), null, OffsetDateTime.now());
        if (inForce != null) {
            return inForce;
        }
        IValidationExecutorSet<IValidationSourceXML> fallback = registry.getOfID(latest);
        if (fallback == null) {
            throw new IllegalStateException("No Peppol BIS Billing 3.0 rules registered for " + latest.getAsSingleID());
        }
        return fallback;
    }

    private static EhfValidationError toFinding(IError error, String layer) {
        String text = error.getErrorText(Locale.ENGLISH);
        String ruleId = error.getErrorID();
        if (text != null) {
            Matcher prefix = RULE_PREFIX.matcher(text);
            if (prefix.find()) {
                if (ruleId == null || ruleId.isBlank()) {
                    ruleId = prefix.group(1);
                }
                text = text.substring(prefix.end());
            }
        }
        if (ruleId == null || ruleId.isBlank()) {
            ruleId = layer == null ? "UNKNOWN" : layer.toUpperCase(Locale.ROOT);
        }
        String location = error.getErrorFieldName();
        if ((location == null || location.isBlank()) && error.hasErrorLocation()) {
            location = error.getErrorLocation().getAsString();
        }
        return new EhfValidationError(ruleId, severity(error.getErrorLevel()), text == null ? "" : text.strip(),
                location);
    }

    private static EhfValidationError.Severity severity(IErrorLevel level) {
        if (level == null) {
            return EhfValidationError.Severity.ERROR;
        }
        if (level.isGE(EErrorLevel.FATAL_ERROR)) {
            return EhfValidationError.Severity.FATAL;
        }
        if (level.isGE(EErrorLevel.ERROR)) {
            return EhfValidationError.Severity.ERROR;
        }
        if (level.isGE(EErrorLevel.WARN)) {
            return EhfValidationError.Severity.WARNING;
        }
        return EhfValidationError.Severity.INFO;
    }

    /** Namespace-aware DOM, with DOCTYPEs and external entities refused (XXE). */
    private static Document parse(String xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, nothing is printed
            return builder.parse(new InputSource(new StringReader(xml == null ? "" : xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser", e);
        }
    }
}
