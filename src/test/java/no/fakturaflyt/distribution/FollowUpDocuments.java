package no.fakturaflyt.distribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.InvoiceDocument.Party;
import no.fakturaflyt.document.ReminderDocument;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.support.TestData;

/** Renders a reminder or collection notice of an invoice as the payment follow-up would: the invoice plus a fee. */
final class FollowUpDocuments {

    static final BigDecimal FEE = new BigDecimal("35.00");

    private FollowUpDocuments() {
    }

    /** The document of this kind, sent today with a deadline 14 days on; to pay: the invoice's total + 35 kr. */
    static StoredDocument render(DocumentService documents, LocalDate today, Invoice invoice, String kind) {
        Party seller = new Party("Testfirma AS", TestData.COMPANY_ORG_NUMBER, true, true, null,
                List.of("Testveien 1"), "0150", "Oslo", "NO", "faktura@testfirma.example", null);
        Party buyer = new Party(invoice.getBuyerName(), invoice.getBuyerOrgNumber(), false, false, null,
                List.of(invoice.getBuyerAddressLine1()), invoice.getBuyerPostalCode(), invoice.getBuyerCity(),
                invoice.getBuyerCountryCode(), null, null);
        ReminderDocument.Item item = new ReminderDocument.Item(String.valueOf(invoice.getInvoiceNumber()),
                invoice.getInvoiceDate(), invoice.getDueDate(), invoice.getTotal(), invoice.getTotal());
        boolean notice = StoredDocument.COLLECTION_NOTICE.equals(kind);
        int sequence = StoredDocument.REMINDER_2.equals(kind) ? 2 : 1;
        ReminderDocument document = new ReminderDocument(
                notice ? ReminderDocument.Kind.COLLECTION_NOTICE : ReminderDocument.Kind.REMINDER, "nb", seller,
                buyer, null, sequence, today, today.plusDays(14), List.of(item), FEE, null, null, null,
                invoice.getTotal().add(FEE), invoice.getKid(), "12345678903", invoice.getBuyerOrgNumber() != null,
                "NOK");
        return documents.renderFollowUpDocument(invoice.getId(), kind, document);
    }
}
