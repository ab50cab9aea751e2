package no.fakturaflyt.invoicing;

/** Names shared by bpmn/invoice-lifecycle.bpmn and the code: process key, variables, errors. */
public final class InvoiceLifecycle {

    public static final String PROCESS_KEY = "invoice-lifecycle";

    /** The only domain datum the process carries: the invoice (or credit note) id. */
    public static final String INVOICE_ID = "invoiceId";
    /** Set once posted, for Tasklist and Cockpit. */
    public static final String INVOICE_NUMBER = "invoiceNumber";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String APPROVED_BY = "approvedBy";

    public static final String RECIPIENT_EMAIL = "recipientEmail";
    public static final String DELIVERY_FAILURE_REASON = "deliveryFailureReason";
    public static final String MANUAL_DELIVERY_DECISION = "manualDeliveryDecision";
    public static final String MANUAL_DELIVERY_COMMENT = "manualDeliveryComment";
    public static final String DECISION_RETRY = "RETRY";
    public static final String DECISION_DELIVERED = "DELIVERED";

    /** BPMN error code of Error_RecipientUnreachable. */
    public static final String ERROR_RECIPIENT_UNREACHABLE = "RecipientUnreachable";

    public static final String TASK_DELIVER_MANUALLY = "UserTask_DeliverManually";

    private InvoiceLifecycle() {
    }
}
