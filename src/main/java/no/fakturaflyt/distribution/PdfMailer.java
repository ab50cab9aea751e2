package no.fakturaflyt.distribution;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.document.StoredDocument;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a PDF by SMTP with a Message-ID derived from the idempotency key, so a resend after an unclear outcome is
 * recognisable as the same message, over the pooled connections of {@link SmtpConnections}. A recipient the server
 * refuses becomes {@link RecipientUnreachableException}.
 */
@Component
class PdfMailer {

    private final SmtpConnections smtp;

    PdfMailer(SmtpConnections smtp) {
        this.smtp = smtp;
    }

    /** @return the Message-ID the e-mail went out with */
    String send(CompanySettings sender, String recipient, String subject, String body, StoredDocument pdf,
            String idempotencyKey) {
        return send(sender, recipient, subject, body, pdf.getFileName(), pdf.getContent(), pdf.getContentType(),
                idempotencyKey);
    }

    /** The same for a PDF that is not an invoice's stored document (a quote, an order confirmation). */
    String send(CompanySettings sender, String recipient, String subject, String body, String fileName, byte[] content,
            String contentType, String idempotencyKey) {
        String messageId = "<" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)) + "@fakturaflyt>";
        try {
            MimeMessage message = new FixedIdMimeMessage(smtp.createMimeMessage(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(sender.getEmailSender(), sender.getName(), "UTF-8"));
            helper.setTo(recipient);
            helper.setSubject(subject);
            helper.setText(body, false);
            helper.addAttachment(fileName, new ByteArrayResource(content), contentType);
            smtp.send(message);
            return messageId;
        } catch (MailSendException e) {
            if (isRecipientRefused(e)) {
                throw new RecipientUnreachableException("The mail server refused " + recipient + ": " + rootMessage(e));
            }
            throw e;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("Could not compose the e-mail to " + recipient + ": " + e.getMessage(), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isRecipientRefused(MailException e) {
        return e instanceof MailSendException send && send.getFailedMessages().values().stream().anyMatch(cause ->
                cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                        && failed.getInvalidAddresses().length > 0);
    }

    /** A MimeMessage that keeps the Message-ID it was given instead of inventing a new one on every save. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(MimeMessage template, String messageId) {
            super(template.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
