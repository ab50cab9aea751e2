package no.fakturaflyt.distribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.document.DocumentFormats;
import no.fakturaflyt.invoicing.Invoice;
import org.springframework.stereotype.Component;

/** The PDF by e-mail to the customer's invoice address, subject and body from the editable template. */
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
        MailTemplateService.RenderedMail mail = templates.render(context.document().getInvoiceType(),
                context.document().getLanguage(),
                mergeFields(context));
        String messageId = mailer.send(context.company(), recipient, mail.subject(), mail.body(), context.pdf(),
                idempotencyKey(context));
        return new DeliveryReceipt(recipient, messageId);
    }

    static Map<String, String> mergeFields(DeliveryContext context) {
        Invoice invoice = context.document();
        DocumentFormats formats = DocumentFormats.of(invoice.getLanguage());
        Map<String, String> values = new HashMap<>();
        values.put("customerName", context.customer().getName());
        values.put("invoiceNumber", String.valueOf(invoice.getInvoiceNumber()));
        values.put("amount", formats.amount(invoice.getTotal()));
        values.put("dueDate", formats.date(invoice.getDueDate()));
        values.put("kid", invoice.getKid() == null ? "" : invoice.getKid());
        values.put("companyName", context.company().getName());
        values.put("bankAccount", DocumentFormats.bankAccount(context.company().getBankAccount()));
        return values;
    }
}
