package no.fakturaflyt.distribution;

import java.util.HashMap;
import java.util.Map;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import org.springframework.stereotype.Service;

/**
 * E-mails a quote or an order confirmation with its PDF attached, through the same SMTP sender and editable templates
 * as invoices. These documents are not invoices, so they bypass the distribution run and its channels: e-mail is the
 * only way they travel. The caller gives an idempotency key per document; the Message-ID derives from it, so a resend
 * after an unclear outcome is the same message.
 */
@Service
public class SalesMailer {

    private final PdfMailer mailer;
    private final MailTemplateService templates;
    private final CompanySettingsService company;

    SalesMailer(PdfMailer mailer, MailTemplateService templates, CompanySettingsService company) {
        this.mailer = mailer;
        this.templates = templates;
        this.company = company;
    }

    /**
     * @param kind   {@link MailKind#QUOTE} or {@link MailKind#ORDER_CONFIRMATION}
     * @param values the merge fields of the kind except companyName, which is filled in here
     * @return the Message-ID the e-mail went out with
     */
    public String send(MailKind kind, String language, Map<String, String> values, String recipient, String fileName,
            byte[] pdf, String idempotencyKey) {
        if (kind != MailKind.QUOTE && kind != MailKind.ORDER_CONFIRMATION) {
            throw new IllegalArgumentException("Not a sales document: " + kind);
        }
        CompanySettings sender = company.current();
        Map<String, String> merge = new HashMap<>(values);
        merge.put("companyName", sender.getName());
        MailTemplateService.RenderedMail mail = templates.render(kind, language, merge);
        return mailer.send(sender, recipient, mail.subject(), mail.body(), fileName, pdf, "application/pdf",
                idempotencyKey);
    }
}
