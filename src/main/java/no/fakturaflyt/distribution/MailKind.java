package no.fakturaflyt.distribution;

import java.util.Set;
import no.fakturaflyt.document.StoredDocument;

/**
 * The kinds of document that have an e-mail template of their own: the invoice and the credit note, and the two
 * documents of the payment follow-up. Both reminders share one template (the reminder's number is a merge field); the
 * collection notice has its own, since it has to say that the claim goes to collection (inkassoloven § 9). Quotes and
 * order confirmations of the sales module have one each.
 */
public enum MailKind {
    INVOICE(Fields.INVOICE),
    CREDIT_NOTE(Fields.INVOICE),
    REMINDER(Fields.REMINDER),
    COLLECTION_NOTICE(Fields.COLLECTION_NOTICE),
    /**
     * The invoice as the payee's own notice of an AvtaleGiro charge (claim of transaction type 02): its text says the
     * amount is charged via AvtaleGiro on the due date and must not be paid by hand.
     */
    AVTALEGIRO_NOTICE(Fields.INVOICE),
    /** A quote (tilbud) from the sales module, sent through {@link SalesMailer}. */
    QUOTE(Fields.QUOTE),
    /** An order confirmation (ordrebekreftelse) from the sales module, sent through {@link SalesMailer}. */
    ORDER_CONFIRMATION(Fields.ORDER_CONFIRMATION);

    private final Set<String> mergeFields;

    MailKind(Set<String> mergeFields) {
        this.mergeFields = mergeFields;
    }

    /** The merge fields a template of this kind may use; others would stay unfilled, so they are refused. */
    public Set<String> mergeFields() {
        return mergeFields;
    }

    /** The template for what is being delivered. */
    static MailKind of(DeliveryContext context) {
        if (!context.isFollowUp()) {
            return context.isCreditNote() ? CREDIT_NOTE : INVOICE;
        }
        return switch (context.document().getKind()) {
            case StoredDocument.REMINDER_1, StoredDocument.REMINDER_2 -> REMINDER;
            case StoredDocument.COLLECTION_NOTICE -> COLLECTION_NOTICE;
            case StoredDocument.AVTALEGIRO_NOTICE -> AVTALEGIRO_NOTICE;
            default -> throw new IllegalArgumentException("No e-mail template for documents of kind "
                    + context.document().getKind());
        };
    }

    /** The field sets; a nested holder because an enum constant cannot refer to its enum's static fields. */
    private static final class Fields {
        static final Set<String> INVOICE = Set.of("customerName", "invoiceNumber", "amount", "dueDate", "kid",
                "companyName", "bankAccount");
        static final Set<String> COLLECTION_NOTICE = Set.of("customerName", "invoiceNumber", "amount", "dueDate",
                "payBy", "kid", "companyName", "bankAccount");
        static final Set<String> REMINDER = Set.of("customerName", "invoiceNumber", "amount", "dueDate", "payBy",
                "kid", "companyName", "bankAccount", "reminderNumber");
        static final Set<String> QUOTE = Set.of("customerName", "number", "amount", "validUntil", "companyName");
        static final Set<String> ORDER_CONFIRMATION = Set.of("customerName", "number", "amount", "quoteNumber",
                "companyName");
    }
}
