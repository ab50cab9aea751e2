package no.fakturaflyt.distribution;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.document.DocumentFormats;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends an invoice's PDF to the customer's invoice e-mail over SMTP, exactly once per invoice and address: the
 * Message-ID is derived from the idempotency key, and a key already delivered is not sent again.
 */
@Component
public class InvoiceEmailSender {

    public static final String CHANNEL = "EMAIL";

    private final JavaMailSender mailSender;
    private final InvoiceService invoices;
    private final CustomerService customers;
    private final CompanySettingsService company;
    private final DocumentService documents;
    private final MailTemplateService templates;
    private final DeliveryLog log;

    InvoiceEmailSender(JavaMailSender mailSender, InvoiceService invoices, CustomerService customers,
            CompanySettingsService company, DocumentService documents, MailTemplateService templates,
            DeliveryLog log) {
        this.mailSender = mailSender;
        this.invoices = invoices;
        this.customers = customers;
        this.company = company;
        this.documents = documents;
        this.templates = templates;
        this.log = log;
    }

    /**
     * @return the recipient the invoice went (or had already gone) to
     * @throws RecipientUnreachableException when the customer has no usable e-mail address
     * @throws MailException when the SMTP server is unavailable (a technical failure, worth retrying)
     */
    public String send(long invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        Customer customer = customers.get(invoice.getCustomerId());
        String recipient = customer.getInvoiceEmail();
        if (recipient == null) {
            String reason = "Customer " + customer.getCustomerNumber() + " " + customer.getName()
                    + " has no invoice e-mail address";
            log.unreachable(invoiceId, CHANNEL, reason);
            throw new RecipientUnreachableException(reason);
        }
        String key = "invoice-" + invoiceId + "-email-" + recipient.toLowerCase();
        if (log.alreadyDelivered(key)) {
            return recipient;
        }
        StoredDocument pdf = documents.invoicePdf(invoiceId).orElseThrow(() -> new IllegalStateException(
                "Invoice " + invoiceId + " has no rendered PDF to send"));
        CompanySettings settings = company.current();
        String messageId = "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@fakturaflyt>";

        long attempt = log.started(invoiceId, CHANNEL, key, recipient);
        try {
            MimeMessage message = compose(invoice, customer, settings, recipient, pdf, messageId);
            mailSender.send(message);
        } catch (MailSendException e) {
            if (isRecipientRefused(e)) {
                String reason = "The mail server refused " + recipient + ": " + rootMessage(e);
                log.finished(attempt, DeliveryStatus.UNREACHABLE, null, reason);
                throw new RecipientUnreachableException(reason);
            }
            log.finished(attempt, DeliveryStatus.FAILED, null, rootMessage(e));
            throw e;
        } catch (MailException | MessagingException e) {
            log.finished(attempt, DeliveryStatus.FAILED, null, rootMessage(e));
            throw e instanceof MailException mail ? mail : new MailSendException("Could not compose the e-mail", e);
        }
        log.finished(attempt, DeliveryStatus.SENT, messageId, null);
        return recipient;
    }

    private MimeMessage compose(Invoice invoice, Customer customer, CompanySettings settings, String recipient,
            StoredDocument pdf, String messageId) throws MessagingException {
        DocumentFormats formats = DocumentFormats.of(invoice.getLanguage());
        Map<String, String> values = new HashMap<>();
        values.put("customerName", customer.getName());
        values.put("invoiceNumber", String.valueOf(invoice.getInvoiceNumber()));
        values.put("amount", formats.amount(invoice.getTotal()));
        values.put("dueDate", formats.date(invoice.getDueDate()));
        values.put("kid", invoice.getKid() == null ? "" : invoice.getKid());
        values.put("companyName", settings.getName());
        values.put("bankAccount", DocumentFormats.bankAccount(settings.getBankAccount()));
        MailTemplateService.RenderedMail mail = templates.render(invoice.getLanguage(), values);

        MimeMessage message = new FixedIdMimeMessage(mailSender.createMimeMessage(), messageId);
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        try {
            helper.setFrom(new InternetAddress(settings.getEmailSender(), settings.getName(), "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            helper.setFrom(settings.getEmailSender());
        }
        helper.setTo(recipient);
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        helper.addAttachment(pdf.getFileName(), new ByteArrayResource(pdf.getContent()), pdf.getContentType());
        return message;
    }

    private static boolean isRecipientRefused(MailSendException e) {
        return e.getFailedMessages().values().stream().anyMatch(cause ->
                cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                        && failed.getInvalidAddresses().length > 0);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** A MimeMessage that keeps the Message-ID it was given instead of inventing a new one on every save. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(MimeMessage template, String messageId) {
            super(template.getSession() == null ? Session.getInstance(new java.util.Properties())
                    : template.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
