package no.fakturaflyt.dunning;

/** Names shared by bpmn/payment-follow-up.bpmn and the code: process key, messages, variables. */
public final class PaymentFollowUp {

    public static final String PROCESS_KEY = "payment-follow-up";

    /** Start message, thrown by the invoice lifecycle once an invoice is posted. */
    public static final String MESSAGE_REQUESTED = "PaymentFollowUpRequested";
    /** A clerk resumed a paused case (or one on hold). */
    public static final String MESSAGE_RESUMED = "FollowUpResumed";
    /** Nothing is owed any more: paid, credited or written off. Interrupts the case wherever it is. */
    public static final String MESSAGE_SETTLED = "InvoiceSettled";
    /** The collection agency closed the case without collecting it. */
    public static final String MESSAGE_AGENCY_CLOSED = "CollectionCaseClosed";

    /** The invoice followed up (Long): the only domain datum the process carries. */
    public static final String INVOICE_ID = "invoiceId";
    public static final String INVOICE_NUMBER = "invoiceNumber";
    public static final String CUSTOMER_NAME = "customerName";
    /** The step the case waits for (FollowUpStep name, or LIST) and when it is due (java.util.Date). */
    public static final String NEXT_STEP = "step";
    public static final String NEXT_STEP_AT = "nextStepAt";
    /** Whether a clerk paused the case (dispute, on hold); timers that fire meanwhile wait for a resume. */
    public static final String PAUSED = "followUpPaused";
    /** What "Check what is owed" found: SEND, LISTED, HOLD or SETTLED. */
    public static final String STEP_OUTCOME = "stepOutcome";
    /** Inputs of the reminder policy (bpmn/reminder-policy.dmn). */
    public static final String CUSTOMER_TYPE = "customerType";
    public static final String OUTSTANDING_AMOUNT = "outstandingAmount";
    /**
     * Its outputs, mapped one by one out of the business rule task (plain values, so that Tasklist's form can show
     * them and nothing is stored Java-serialized).
     */
    public static final String POLICY_FEE = "policyFee";
    public static final String POLICY_DAYS_TO_NEXT_STEP = "policyDaysToNextStep";
    public static final String POLICY_MANUAL = "policyManual";
    /** The company's setting: a transfer waits for a clerk. */
    public static final String TRANSFER_NEEDS_APPROVAL = "transferNeedsApproval";
    /** The approval form's answer: APPROVE or HOLD, with a comment. */
    public static final String STEP_DECISION = "stepDecision";
    public static final String STEP_DECISION_COMMENT = "stepDecisionComment";
    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_HOLD = "HOLD";
    /** For the approval form: what the step would do, as text. */
    public static final String STEP_SUMMARY = "stepSummary";
    /** The reminder or notice to send (a stored document id), handed to the distribution run. */
    public static final String DOCUMENT_ID = "documentId";
    /** Why the case ended: PAYMENT, CREDIT_NOTE, WRITE_OFF. */
    public static final String SETTLED_BY = "settledBy";

    public static final String OUTCOME_SEND = "SEND";
    public static final String OUTCOME_LISTED = "LISTED";
    public static final String OUTCOME_HOLD = "HOLD";
    public static final String OUTCOME_SETTLED = "SETTLED";

    /** The step before the first reminder: the invoice is overdue and on the follow-up list. */
    public static final String STEP_LIST = "LIST";

    private PaymentFollowUp() {
    }
}
