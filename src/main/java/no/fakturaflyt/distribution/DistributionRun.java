package no.fakturaflyt.distribution;

/** Names shared by bpmn/invoice-distribution.bpmn and the code: process key, variables, errors, messages. */
public final class DistributionRun {

    public static final String PROCESS_KEY = "invoice-distribution";

    /** The invoice (or credit note) the run's document concerns; without DOCUMENT_ID, the document delivered. */
    public static final String INVOICE_ID = "invoiceId";
    /**
     * Optional: the follow-up document to deliver instead of the invoice's own PDF, the id of a stored reminder or
     * collection notice of the invoice in INVOICE_ID (Long). The payment follow-up passes it into its call activity;
     * a run without it delivers the invoice as before.
     */
    public static final String DOCUMENT_ID = "documentId";
    /** The channels of this run, in order, e.g. "EHF,EMAIL,AUTOPOST". */
    public static final String CHANNELS = "distributionChannels";
    public static final String CHANNEL_INDEX = "channelIndex";
    public static final String CHANNEL_COUNT = "channelCount";
    /** The channel being tried now, for Cockpit and Tasklist. */
    public static final String CURRENT_CHANNEL = "currentChannel";
    /** Set when a channel accepted the document. */
    public static final String DELIVERED_CHANNEL = "deliveredChannel";
    public static final String DELIVERY_REFERENCE = "deliveryReference";
    /** Why the last channel could not deliver; shown to the clerk. */
    public static final String DELIVERY_FAILURE_REASON = "deliveryFailureReason";
    /** Every attempt so far as text, for the manual-distribution form. */
    public static final String ATTEMPTS_SUMMARY = "deliveryAttempts";
    /** How long a late bounce or rejection still reopens the run, ISO-8601 duration (default P2D). */
    public static final String LATE_FAILURE_WINDOW = "lateFailureWindow";

    public static final String RECIPIENT_EMAIL = "recipientEmail";
    public static final String MANUAL_DECISION = "manualDistributionDecision";
    public static final String RETRY_CHANNEL = "retryChannel";
    public static final String MANUAL_COMMENT = "manualDeliveryComment";
    public static final String DECIDED_BY = "manualDeliveryBy";
    public static final String DECISION_RETRY_CHANNEL = "RETRY_CHANNEL";
    public static final String DECISION_RERUN = "RERUN";
    public static final String DECISION_DELIVERED = "DELIVERED";

    /** BPMN error: the channel cannot reach this recipient (not eligible, or the provider says so). */
    public static final String ERROR_RECIPIENT_UNREACHABLE = "RecipientUnreachable";
    /** BPMN error: the channel kept failing technically until its retries ran out. */
    public static final String ERROR_CHANNEL_FAILED = "ChannelFailed";
    /**
     * BPMN error: an earlier try was handed to a channel that cannot be asked about it (e-mail) and never recorded;
     * the document may have arrived, so the run goes to the clerk instead of sending it again.
     */
    public static final String ERROR_DELIVERY_UNCONFIRMED = "DeliveryUnconfirmed";
    /** Message: a bounce or rejection arrived after the channel had accepted the document. */
    public static final String MESSAGE_DELIVERY_FAILED_LATE = "DeliveryFailedLate";

    private DistributionRun() {
    }
}
