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
 *
 * <p>Who tells the payer: the mandate's notify flag from the agreements file decides. A payer who wants notice from
 * the bank (J) gets a claim of transaction type 21, "varsling fra bank", and nothing more from us. Otherwise the claim
 * is of type 02, "ingen varsling fra bank" (AvtaleGiro systemspesifikasjon v3.3 §2.2.2 field 3), and the payee must
 * notify the payer of amount and charge date itself: {@link #payeeMustNotify} says so, and the distribution run then
 * also sends the invoice, marked "trekkes via AvtaleGiro", through the customer's next channel
 * ({@link AvtaleGiroNotice}).
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
        String kid = context.invoice().getKid();
        if (kid == null || !kid.chars().allMatch(Character::isDigit)) {
            return Optional.of("The KID " + kid + " is not digits only, and the AvtaleGiro claim file takes no special "
                    + "characters (a MOD11 KID ending in '-'; keep the company setting numericKids on)");
        }
        if (properties.dataSenderId() == null || properties.assignmentAccount() == null) {
            return Optional.of("No AvtaleGiro agreement in the settings (fakturaflyt.avtalegiro.data-sender-id and "
                    + "assignment-account)");
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
        AvtaleGiroClaim claim = payeeMustNotify(context)
                ? AvtaleGiroClaim.payeeNotifies(invoice.getKid(), invoice.getTotal(), invoice.getDueDate(),
                        context.customer().getName(), String.valueOf(invoice.getInvoiceNumber()))
                : AvtaleGiroClaim.bankNotifies(invoice.getKid(), invoice.getTotal(), invoice.getDueDate(),
                        context.customer().getName(), String.valueOf(invoice.getInvoiceNumber()));
        long number = invoice.getInvoiceNumber();
        Path file;
        try {
            file = writer.write(number, number, List.of(claim));
        } catch (FileAlreadyExistsException e) {
            file = Path.of(e.getFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the AvtaleGiro claim file", e);
        }
        return new DeliveryReceipt("AvtaleGiro, KID " + invoice.getKid() + ", transaction type "
                + claim.notification().transactionType(), file.getFileName().toString());
    }

    /** Type 02: the payer's bank sends no notice, so we must, before the charge date. */
    @Override
    public boolean payeeMustNotify(DeliveryContext context) {
        return !context.customer().wantsAvtaleGiroBankNotice();
    }
}
