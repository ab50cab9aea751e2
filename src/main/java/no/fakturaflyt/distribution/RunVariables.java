package no.fakturaflyt.distribution;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads which document a run delivers from its variables. The ids arrive from callers' models, so any whole number
 * is taken, not only a Long.
 */
final class RunVariables {

    private RunVariables() {
    }

    static long invoiceId(VariableScope scope) {
        Object value = scope.getVariable(DistributionRun.INVOICE_ID);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("The distribution run has no " + DistributionRun.INVOICE_ID + ": " + value);
        }
        return number.longValue();
    }

    /** The follow-up document the run delivers; null when it delivers the invoice's own PDF. */
    static Long documentId(VariableScope scope) {
        Object value = scope.getVariable(DistributionRun.DOCUMENT_ID);
        return value instanceof Number number ? Long.valueOf(number.longValue()) : null;
    }
}
