package no.fakturaflyt.distribution.avtalegiro;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The payee's AvtaleGiro agreement with Nets (Mastercard Payment Services), as printed on the agreement form.
 *
 * @param dataSenderId      the data sender's id (dataavsender, customer unit id), up to 8 digits
 * @param agreementId       the AvtaleGiro agreement id (avtale-id), up to 9 digits, for reference: the claim file does
 *                          not carry it (AvtaleGiro systemspesifikasjon v3.3 §2.2.1: zeros in positions 9-17)
 * @param assignmentAccount the payee's account the claims are paid to (oppdragskonto), 11 digits; dots and spaces
 *                          are ignored
 * @param outbox            the folder claim files are written to for upload to Nets (default
 *                          ./data/avtalegiro-outbox)
 * @param cutOffDays        how many days before the due date a payee-notified claim must reach Nets (default 9, the
 *                          bank's deadline for claims the payee notifies; bank-notified claims need longer) (check)
 */
@ConfigurationProperties("fakturaflyt.avtalegiro")
public record AvtaleGiroProperties(String dataSenderId, String agreementId, String assignmentAccount,
        @DefaultValue("./data/avtalegiro-outbox") Path outbox, @DefaultValue("9") int cutOffDays) {

    public static final Path DEFAULT_OUTBOX = Path.of("./data/avtalegiro-outbox");

    public AvtaleGiroProperties {
        outbox = outbox == null ? DEFAULT_OUTBOX : outbox;
        if (cutOffDays < 0) {
            throw new IllegalArgumentException("fakturaflyt.avtalegiro.cut-off-days cannot be negative: " + cutOffDays);
        }
    }

    /** The last day a claim due on {@code dueDate} can be sent to Nets. */
    public LocalDate lastSendingDateFor(LocalDate dueDate) {
        return dueDate.minusDays(cutOffDays);
    }
}
