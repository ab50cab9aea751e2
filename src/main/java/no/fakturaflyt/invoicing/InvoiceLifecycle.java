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

    /** The channel the distribution run delivered through (returned by the call activity). */
    public static final String DELIVERED_CHANNEL = "deliveredChannel";

    /**
     * The business key of a posted invoice's processes (its lifecycle, its payment follow-up): {@code invoice-<number>},
     * or {@code credit-note-<number>}. Indexed by the engine, so finding a process by it is cheap.
     */
    public static String businessKey(Invoice invoice) {
        return (invoice.getInvoiceType() == InvoiceType.INVOICE ? "invoice-" : "credit-note-")
                + invoice.getInvoiceNumber();
    }

    private InvoiceLifecycle() {
    }
}
