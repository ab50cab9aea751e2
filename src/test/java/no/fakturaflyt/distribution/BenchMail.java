package no.fakturaflyt.distribution;

import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.document.StoredDocument;
import org.springframework.context.ApplicationContext;

/**
 * Lets the benchmarks send a PDF the way the e-mail channel does ({@link PdfMailer} over the pooled SMTP connections),
 * so the SMTP floor measures the application's own sending, with the mailer staying package-private.
 */
public final class BenchMail {

    private BenchMail() {
    }

    public static void send(ApplicationContext context, CompanySettings sender, String recipient, String subject,
            String body, StoredDocument pdf, String idempotencyKey) {
        context.getBean(PdfMailer.class).send(sender, recipient, subject, body, pdf, idempotencyKey);
    }
}
