package no.fakturaflyt.payment.bankfile;

/** Names shared by bpmn/payment-matching.bpmn, its form and the code. */
final class PaymentMatching {

    static final String PROCESS_KEY = "payment-matching";

    /** The bank transaction a clerk matches (Long): the only domain datum the process carries. */
    static final String TRANSACTION_ID = "bankTransactionId";
    /** Shown in the form. */
    static final String AMOUNT = "amount";
    static final String SETTLED_ON = "settledOn";
    static final String REASON = "unmatchedReason";
    static final String DETAILS = "paymentDetails";
    static final String SUGGESTIONS = "suggestions";
    /** The clerk's answer: ASSIGN with an invoice number, or UNIDENTIFIED; a comment either way. */
    static final String DECISION = "matchDecision";
    static final String INVOICE_NUMBER = "invoiceNumber";
    static final String COMMENT = "matchComment";
    static final String DECISION_ASSIGN = "ASSIGN";
    static final String DECISION_UNIDENTIFIED = "UNIDENTIFIED";
    /** Set when the task is completed: the invoice id the number names, and who decided. */
    static final String MATCHED_INVOICE_ID = "matchedInvoiceId";
    static final String MATCHED_BY = "matchedBy";

    private PaymentMatching() {
    }
}
