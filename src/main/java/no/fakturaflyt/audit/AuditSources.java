package no.fakturaflyt.audit;

/** The names of the sources a trail entry comes from. */
final class AuditSources {

    static final String HISTORY = "invoice history";
    static final String ENGINE = "process engine";
    static final String LEDGER = "ledger";
    static final String DELIVERY = "delivery";
    static final String PAYMENT = "payment";
    static final String FOLLOW_UP = "follow-up";

    private AuditSources() {
    }
}
