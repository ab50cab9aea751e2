package no.fakturaflyt.distribution.ehf;

/**
 * One finding of the EHF validation.
 *
 * @param ruleId   the rule that failed, e.g. "PEPPOL-EN16931-R001", "BR-CO-15", "NO-R-001"; "XSD" for a schema error,
 *                 "XML" for a document that is not well-formed
 * @param severity how bad it is: WARNING does not stop a document, ERROR and FATAL do
 * @param message  the rule's text, without the "[rule]-" prefix
 * @param location where in the document: an XPath for the business rules, line:column for schema errors; nullable
 */
public record EhfValidationError(String ruleId, Severity severity, String message, String location) {

    public enum Severity {
        INFO, WARNING, ERROR, FATAL;

        /** ERROR and FATAL stop a document. */
        public boolean stops() {
            return this == ERROR || this == FATAL;
        }
    }

    public boolean isError() {
        return severity.stops();
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + ": " + message + (location == null ? "" : " (at " + location + ")");
    }
}
