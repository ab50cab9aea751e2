package no.fakturaflyt.distribution.ehf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An EHF document broke Peppol BIS Billing 3.0 / EHF rules and must not be sent. Carries every finding (warnings
 * included); the message lists the errors as "rule: message".
 */
public class EhfValidationException extends RuntimeException {

    private final transient List<EhfValidationError> findings;

    public EhfValidationException(String documentLabel, List<EhfValidationError> findings) {
        super(message(documentLabel, findings));
        this.findings = List.copyOf(findings);
    }

    /** Every finding, warnings included. */
    public List<EhfValidationError> findings() {
        return findings;
    }

    /** The findings that stop the document (ERROR, FATAL). */
    public List<EhfValidationError> errors() {
        return findings.stream().filter(EhfValidationError::isError).toList();
    }

    private static String message(String documentLabel, List<EhfValidationError> findings) {
        List<EhfValidationError> errors = findings.stream().filter(EhfValidationError::isError).toList();
        return documentLabel + " breaks " + errors.size() + " EHF rule" + (errors.size() == 1 ? "" : "s") + ": "
                + errors.stream().map(e -> e.ruleId() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
