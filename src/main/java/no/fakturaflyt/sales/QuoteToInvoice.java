package no.fakturaflyt.sales;

/** Names shared by bpmn/quote-to-invoice.bpmn, bpmn/collective-invoicing.bpmn, their forms and the code. */
public final class QuoteToInvoice {

    public static final String PROCESS_KEY = "quote-to-invoice";
    public static final String COLLECTIVE_PROCESS_KEY = "collective-invoicing";

    public static final String MESSAGE_ACCEPTED = "QuoteAccepted";
    public static final String MESSAGE_DECLINED = "QuoteDeclined";
    /** Starts quote-to-invoice at "Confirm order" for an order registered without a quote. */
    public static final String MESSAGE_ORDER_REGISTERED = "OrderRegistered";
    /** Starts collective-invoicing at its lifecycle step with invoices prepared through the API. */
    public static final String MESSAGE_INVOICING_REQUESTED = "InvoicingRequested";

    /** The user tasks the order's doors (API, Tasklist, engine REST) complete. */
    public static final String CONFIRM_ORDER_TASK = "UserTask_ConfirmOrder";
    public static final String REGISTER_DELIVERY_TASK = "UserTask_RegisterDelivery";

    /** The quote (Long) the process carries; the order (Long) once the customer accepted. */
    public static final String QUOTE_ID = "quoteId";
    public static final String ORDER_ID = "orderId";
    public static final String QUOTE_NUMBER = "quoteNumber";
    public static final String CUSTOMER_NAME = "customerName";
    /** ACCEPTED, DECLINED, or NONE when the quote ran out. */
    public static final String ANSWER = "quoteAnswer";
    public static final String ANSWER_NONE = "NONE";
    /** When the quote runs out (the day after its validity date) and when the clerk is reminded. */
    public static final String EXPIRES_AT = "quoteExpiresAt";
    public static final String REMINDER_AT = "quoteReminderAt";
    /** For the forms: the document as text, the PDF preview, the differences from the quote. */
    public static final String SUMMARY = "salesSummary";
    public static final String PREVIEW_LINK = "previewLink";
    public static final String ORDER_CHANGES = "orderChanges";
    /** The delivery form's answers. */
    public static final String DELIVERED_ON = "deliveredOn";
    public static final String DELIVER_ALL = "deliverAll";
    public static final String DELIVERY_LINES = "deliveryLines";
    /** Set by "Record delivery". */
    public static final String DELIVERY_ID = "deliveryId";
    public static final String INVOICE_NOW = "invoiceNow";
    public static final String FULLY_DELIVERED = "orderFullyDelivered";
    /** The invoice(s) the lifecycle call activity runs. */
    public static final String INVOICE_ID = "invoiceId";
    public static final String INVOICE_IDS = "invoiceIds";
    /** Who completed the last user task. */
    public static final String CLERK = "salesClerk";

    private QuoteToInvoice() {
    }
}
