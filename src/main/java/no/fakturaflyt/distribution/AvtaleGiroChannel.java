package no.fakturaflyt.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroClaim;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroClaimFileWriter;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroProperties;
import no.fakturaflyt.invoicing.Invoice;
import org.springframework.stereotype.Component;

/**
 * AvtaleGiro: for a customer with a mandate, the claim goes to the bank in an AvtaleGiro claim file before the bank's
 * cut-off; the bank pays it on the due date. The file is numbered by the invoice number, so a retried step finds its
 * file already written and writes no second claim.
 */
@Component
class AvtaleGiroChannel implements DeliveryChannel {

    private final AvtaleGiroClaimFileWriter writer;
    private final AvtaleGiroProperties properties;
    private final OsloClock clock;

    AvtaleGiroChannel(AvtaleGiroClaimFileWriter writer, AvtaleGiroProperties properties, OsloClock clock) {
        this.writer = writer;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public ChannelType type() {
        return ChannelType.AVTALEGIRO;
    }

    @Override
    public Optional<String> ineligibility(DeliveryContext context) {
        if (context.isFollowUp()) {
            return Optional.of("AvtaleGiro only has the bank draw claims; a " + context.documentKind()
                    + " is not a claim of its own");
        }
        if (!context.customer().hasAvtaleGiroMandate()) {
            return Optional.of("The customer has no AvtaleGiro mandate");
        }
        if (context.isCreditNote()) {
            return Optional.of("AvtaleGiro collects claims; a credit note is not one");
        }
        if (properties.agreementId() == null) {
            return Optional.of("No AvtaleGiro agreement id in the settings (fakturaflyt.avtalegiro.agreement-id)");
        }
        LocalDate lastDay = properties.lastSendingDateFor(context.invoice().getDueDate());
        if (clock.today().isAfter(lastDay)) {
            return Optional.of("Too late for AvtaleGiro: the claim had to reach the bank by " + lastDay);
        }
        return Optional.empty();
    }

    @Override
    public DeliveryReceipt deliver(DeliveryContext context) {
        Invoice invoice = context.invoice();
        AvtaleGiroClaim claim = AvtaleGiroClaim.payeeNotifies(invoice.getKid(), invoice.getTotal(),
                invoice.getDueDate(), context.customer().getName(), String.valueOf(invoice.getInvoiceNumber()));
        long number = invoice.getInvoiceNumber();
        Path file;
        try {
            file = writer.write(number, number, List.of(claim));
        } catch (FileAlreadyExistsException e) {
            file = Path.of(e.getFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the AvtaleGiro claim file", e);
        }
        return new DeliveryReceipt("AvtaleGiro, KID " + invoice.getKid(), file.getFileName().toString());
    }
}
