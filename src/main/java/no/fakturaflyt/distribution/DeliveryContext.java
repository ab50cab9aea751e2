package no.fakturaflyt.distribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceType;

/**
 * What a channel gets to deliver one document: the invoice it concerns, the stored document being delivered (the
 * invoice's own PDF, or a reminder or collection notice of it), the recipient and the sender.
 *
 * <p>A channel that sends an amount and a date along (eFaktura, Vipps) takes them from here, not from the invoice: a
 * reminder asks for its own total by its own deadline, while the KID stays the invoice's, so the payment still
 * matches the claim.
 */
public record DeliveryContext(Invoice invoice, StoredDocument document, Customer customer, CompanySettings company,
        ChannelType channel) {

    /** A reminder or collection notice rather than the invoice (or credit note) itself. */
    public boolean isFollowUp() {
        return document.isFollowUpDocument();
    }

    /** The follow-up document's id; null for the invoice's own PDF (as in the delivery log). */
    public Long documentId() {
        return isFollowUp() ? document.getId() : null;
    }

    /** What is delivered, in the clerk's words: INVOICE, CREDIT_NOTE, REMINDER_1, REMINDER_2, COLLECTION_NOTICE. */
    public String documentKind() {
        return isFollowUp() ? document.getKind() : invoice.getInvoiceType().name();
    }

    /** What the recipient is asked to pay: the follow-up document's total, else the invoice's. */
    public BigDecimal amountDue() {
        return isFollowUp() ? document.getAmountDue() : invoice.getTotal();
    }

    /** By when: the follow-up document's new deadline, else the invoice's due date. */
    public LocalDate payBy() {
        return isFollowUp() ? document.getPayBy() : invoice.getDueDate();
    }

    /** Always the invoice's KID: a reminder is paid against the claim it follows up. */
    public String kid() {
        return invoice.getKid();
    }

    /**
     * The key every outside call of this delivery carries: document + channel. The invoice's own PDF keeps the key it
     * always had ({@code invoice-<id>-<channel>}); a follow-up document has one of its own
     * ({@code document-<documentId>-<channel>}), so the invoice and its reminder through the same channel are two
     * sendings, while a retry of either is one.
     */
    public String idempotencyKey() {
        String channelName = channel.name().toLowerCase();
        return isFollowUp() ? "document-" + document.getId() + "-" + channelName
                : "invoice-" + invoice.getId() + "-" + channelName;
    }

    public boolean isCreditNote() {
        return invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE;
    }
}
