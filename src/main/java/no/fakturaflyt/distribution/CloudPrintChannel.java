package no.fakturaflyt.distribution;

import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import org.springframework.stereotype.Component;

/**
 * CloudPrint: the PDF e-mailed to the company's own printer address (Google Cloud Print is gone; printers with an
 * e-mail address took its place). The company then posts the paper.
 */
@Component
class CloudPrintChannel implements DeliveryChannel {

    private final PdfMailer mailer;

    CloudPrintChannel(PdfMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public ChannelType type() {
        return ChannelType.CLOUDPRINT;
    }

    @Override
    public Optional<String> ineligibility(DeliveryContext context) {
        return context.company().getPrinterEmail() == null
                ? Optional.of("No printer e-mail address in the company settings")
                : Optional.empty();
    }

    @Override
    public String recipient(DeliveryContext context) {
        return context.company().getPrinterEmail();
    }

    @Override
    public DeliveryReceipt deliver(DeliveryContext context) {
        String printer = context.company().getPrinterEmail();
        String subject = "Print: " + context.document().getFileName() + " for " + context.customer().getName();
        String body = "Print and post to:\n" + context.customer().getName() + "\n"
                + context.customer().getAddressLine1() + "\n"
                + (context.customer().getAddressLine2() == null ? "" : context.customer().getAddressLine2() + "\n")
                + context.customer().getPostalCode() + " " + context.customer().getCity();
        String messageId = mailer.send(context.company(), printer, subject, body, context.document(),
                context.idempotencyKey());
        return new DeliveryReceipt(printer, messageId);
    }
}
