package no.fakturaflyt.payment.bankfile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param inbox        a folder watched for bank files (OCR, camt.054); each file is imported, then moved to
 *                     {@code processed/} or, when rejected, to {@code rejected/} with a {@code .error.txt} beside it;
 *                     empty: no inbox
 * @param pollInterval how often the inbox is looked at
 * @param async        book an imported file's transactions in the background (the upload answers at once and the
 *                     progress is read while it runs); false books before answering
 * @param bookingThreads how many of a file's transactions are booked at the same time, each in its own database
 *                     transaction; payments with the same KID always go one after the other in the file's order.
 *                     1 books the whole file in order on one thread
 * @param oldestSettlement how far back from today a transaction's settlement date may lie and still be booked
 *                     (default P2Y: two years); one older, or dated after today, is refused on its own with the reason
 *                     (status REFUSED), the rest of its file is booked
 */
@ConfigurationProperties("fakturaflyt.bank-files")
record BankFileProperties(Path inbox, Duration pollInterval, Boolean async, Integer bookingThreads,
        Period oldestSettlement) {

    BankFileProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        async = async == null ? Boolean.TRUE : async;
        bookingThreads = bookingThreads == null ? 4 : bookingThreads;
        oldestSettlement = oldestSettlement == null ? Period.ofYears(2) : oldestSettlement;
        if (oldestSettlement.isNegative() || oldestSettlement.isZero()) {
            throw new IllegalArgumentException("fakturaflyt.bank-files.oldest-settlement must be a positive period, "
                    + "not " + oldestSettlement);
        }
        if (bookingThreads < 1) {
            throw new IllegalArgumentException("fakturaflyt.bank-files.booking-threads must be 1 or more, not "
                    + bookingThreads);
        }
    }
}
