package no.fakturaflyt.distribution;

import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.InvoiceHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records delivery attempts in transactions of their own, so that what was handed to a channel stays on record
 * even when the job that sent it fails afterwards: a retry then sees the earlier success and sends nothing.
 */
@Service
public class DeliveryLog {

    private final DeliveryAttemptRepository repository;
    private final InvoiceHistory history;
    private final OsloClock clock;

    DeliveryLog(DeliveryAttemptRepository repository, InvoiceHistory history, OsloClock clock) {
        this.repository = repository;
        this.history = history;
        this.clock = clock;
    }

    /** The successful delivery under this idempotency key, if there was one (and it was not rejected later). */
    @Transactional(readOnly = true)
    public Optional<DeliveryAttempt> delivered(String idempotencyKey) {
        return repository.findFirstByIdempotencyKeyAndStatus(idempotencyKey, DeliveryStatus.SENT);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long started(long invoiceId, String channel, String idempotencyKey, String recipient) {
        return repository.save(new DeliveryAttempt(invoiceId, channel, idempotencyKey, recipient,
                DeliveryStatus.SENDING, clock.now(), InvoiceHistory.SYSTEM)).getId();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finished(long attemptId, DeliveryStatus outcome, String recipient, String reference, String error) {
        DeliveryAttempt attempt = repository.findById(attemptId).orElseThrow();
        attempt.finish(outcome, recipient, reference, error, clock.now());
        history.record(attempt.getInvoiceId(), "DELIVERY_" + outcome.name(), InvoiceHistory.SYSTEM,
                attempt.getChannel(), describe(attempt.getRecipient(), reference, error));
    }

    /** The channel cannot take the document for this recipient: nothing was sent, the run moves on. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void skipped(long invoiceId, String channel, String reason) {
        DeliveryAttempt attempt = new DeliveryAttempt(invoiceId, channel, "skipped", null, DeliveryStatus.SKIPPED,
                clock.now(), InvoiceHistory.SYSTEM);
        attempt.finish(DeliveryStatus.SKIPPED, null, null, reason, clock.now());
        repository.save(attempt);
        history.record(invoiceId, "DELIVERY_SKIPPED", InvoiceHistory.SYSTEM, channel, reason);
    }

    /** A bounce or rejection arrived after the channel had accepted the document. */
    @Transactional
    public Optional<DeliveryAttempt> rejectedLate(String reference, String reason) {
        Optional<DeliveryAttempt> attempt = repository.findFirstByMessageIdAndStatus(reference, DeliveryStatus.SENT);
        attempt.ifPresent(a -> {
            a.rejectedLate(reason, clock.now());
            history.record(a.getInvoiceId(), "DELIVERY_REJECTED_LATE", InvoiceHistory.SYSTEM, a.getChannel(),
                    describe(a.getRecipient(), reference, reason));
        });
        return attempt;
    }

    /** A clerk delivered the document outside the system (post, in person) and says so. */
    @Transactional
    public void deliveredManually(long invoiceId, String user, String comment) {
        DeliveryAttempt attempt = new DeliveryAttempt(invoiceId, "MANUAL", "manual-" + invoiceId, null,
                DeliveryStatus.DELIVERED_MANUALLY, clock.now(), user);
        attempt.finish(DeliveryStatus.DELIVERED_MANUALLY, null, null, null, clock.now());
        attempt.comment(comment);
        repository.save(attempt);
        history.record(invoiceId, "DELIVERED_MANUALLY", user, "MANUAL", comment);
    }

    @Transactional(readOnly = true)
    public List<DeliveryAttempt> attempts(long invoiceId) {
        return repository.findByInvoiceIdOrderByIdAsc(invoiceId);
    }

    private static String describe(String recipient, String reference, String error) {
        StringBuilder text = new StringBuilder();
        if (recipient != null) {
            text.append("to ").append(recipient);
        }
        if (reference != null) {
            text.append(text.isEmpty() ? "" : ", ").append("reference ").append(reference);
        }
        if (error != null) {
            text.append(text.isEmpty() ? "" : ", ").append(error);
        }
        return text.toString();
    }
}
