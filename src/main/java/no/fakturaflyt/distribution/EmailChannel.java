package no.fakturaflyt.distribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.document.DocumentFormats;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import org.springframework.stereotype.Component;

/**
 * The document's PDF by e-mail to the customer's invoice address, subject and body from the editable template of its
 * kind (invoice, credit note, reminder, collection notice).
 */
@Component
class EmailChannel implements DeliveryChannel {

    private final PdfMailer mailer;
    private final MailTemplateService templates;

    EmailChannel(PdfMailer mailer, MailTemplateService templates) {
        this.mailer = mailer;
        this.templates = templates;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public Optional<String> ineligibility(DeliveryContext context) {
        return context.customer().getInvoiceEmail() == null
                ? Optional.of("Customer " + context.customer().getCustomerNumber() + " " + context.customer().getName()
                        + " has no invoice e-mail address")
                : Optional.empty();
    }

    @Override
    public String recipient(DeliveryContext context) {
        return context.customer().getInvoiceEmail();
    }

    /** Per address: after a clerk corrects the address, the document goes to the new one. */
    @Override
    public String idempotencyKey(DeliveryContext context) {
        return context.idempotencyKey() + "-" + context.customer().getInvoiceEmail().toLowerCase();
    }

    @Override
    public DeliveryReceipt deliver(DeliveryContext context) {
        String recipient = context.customer().getInvoiceEmail();
        MailTemplateService.RenderedMail mail = templates.render(MailKind.of(context),
                context.invoice().getLanguage(), mergeFields(context));
        String messageId = mailer.send(context.company(), recipient, mail.subject(), mail.body(), context.document(),
                idempotencyKey(context));
        return new DeliveryReceipt(recipient, messageId);
    }

    /**
     * The values of the merge fields. amount is what the document asks for (a reminder's total), dueDate the
     * invoice's own due date, payBy the document's deadline; a reminder also says whether it is the first or second.
     */
    static Map<String, String> mergeFields(DeliveryContext context) {
        Invoice invoice = context.invoice();
        DocumentFormats formats = DocumentFormats.of(invoice.getLanguage());
        Map<String, String> values = new HashMap<>();
        values.put("customerName", context.customer().getName());
        values.put("invoiceNumber", String.valueOf(invoice.getInvoiceNumber()));
        values.put("amount", formats.amount(context.amountDue()));
        values.put("dueDate", formats.date(invoice.getDueDate()));
        values.put("payBy", formats.date(context.payBy()));
        values.put("kid", context.kid() == null ? "" : context.kid());
        values.put("companyName", context.company().getName());
        values.put("bankAccount", DocumentFormats.bankAccount(context.company().getBankAccount()));
        if (StoredDocument.REMINDER_1.equals(context.document().getKind())) {
            values.put("reminderNumber", "1");
        } else if (StoredDocument.REMINDER_2.equals(context.document().getKind())) {
            values.put("reminderNumber", "2");
        }
        return values;
    }
}
