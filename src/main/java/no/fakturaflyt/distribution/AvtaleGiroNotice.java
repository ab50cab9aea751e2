package no.fakturaflyt.distribution;

import java.util.List;
import java.util.Set;
import no.fakturaflyt.common.ChannelType;

/**
 * The payee's own notice of an AvtaleGiro charge. A claim of transaction type 02 ("ingen varsling fra bank") leaves it
 * to the payee to tell the payer amount and charge date before the charge (AvtaleGiro systemspesifikasjon v3.3
 * §2.2.2; norway.md §8). The run therefore also sends the invoice, stamped "trekkes via AvtaleGiro" and the due date
 * ({@code StoredDocument.AVTALEGIRO_NOTICE}; by e-mail with its own template saying so), through the first channel
 * after AvtaleGiro in the customer's run that can reach the customer and carry such a notice: e-mail, eFaktura or
 * print-and-post. The notice is a document of its own in the delivery log (its own idempotency key), so the invoice
 * itself is still delivered once, by AvtaleGiro, and a retried step sends neither the claim nor the notice twice.
 *
 * <p>When no such channel can reach the customer, AvtaleGiro is not eligible (a claim the payer is never told about
 * must not go to the bank) and the run goes on to its next channel, which delivers the invoice as usual. When every
 * channel that could carry it turns the notice away only after the claim was written, the step fails technically and
 * is retried; after the last retry the run moves on to its next channel, so the customer still gets the invoice.
 */
final class AvtaleGiroNotice {

    /** The channels that can carry the notice, as the issue and the payees' practice name them. */
    static final Set<ChannelType> CARRIERS = Set.of(ChannelType.EMAIL, ChannelType.EFAKTURA, ChannelType.AUTOPOST);

    private AvtaleGiroNotice() {
    }

    /** The channels after {@code claimChannel} in the run that may carry the notice, in the run's order. */
    static List<ChannelType> candidates(List<ChannelType> run, ChannelType claimChannel) {
        int at = run.indexOf(claimChannel);
        return run.subList(at + 1, run.size()).stream().filter(CARRIERS::contains).toList();
    }
}
