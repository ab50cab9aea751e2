package no.fakturaflyt.distribution;

import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceType;

/** What a channel gets to deliver one document: the document, its PDF, the recipient and the sender. */
public record DeliveryContext(Invoice document, StoredDocument pdf, Customer customer, CompanySettings company,
        ChannelType channel) {

    /** The key every outside call of this delivery carries: document + channel. */
    public String idempotencyKey() {
        return "invoice-" + document.getId() + "-" + channel.name().toLowerCase();
    }

    public boolean isCreditNote() {
        return document.getInvoiceType() == InvoiceType.CREDIT_NOTE;
    }
}
