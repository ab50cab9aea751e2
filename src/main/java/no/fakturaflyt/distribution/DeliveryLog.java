package no.fakturaflyt.distribution;

import java.util.List;
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

    @Transactional(readOnly = true)
    public boolean alreadyDelivered(String idempotencyKey) {
        return repository.existsByIdempotencyKeyAndStatus(idempotencyKey, DeliveryStatus.SENT);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long started(long invoiceId, String channel, String idempotencyKey, String recipient) {
        return repository.save(new DeliveryAttempt(invoiceId, channel, idempotencyKey, recipient,
                DeliveryStatus.SENDING, clock.now(), InvoiceHistory.SYSTEM)).getId();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finished(long attemptId, DeliveryStatus outcome, String messageId, String error) {
        DeliveryAttempt attempt = repository.findById(attemptId).orElseThrow();
        attempt.finish(outcome, messageId, error, clock.now());
        history.record(attempt.getInvoiceId(), "DELIVERY_" + outcome.name(), InvoiceHistory.SYSTEM,
                attempt.getChannel(), (attempt.getRecipient() == null ? "" : "to " + attempt.getRecipient())
                        + (messageId == null ? "" : ", message id " + messageId)
                        + (error == null ? "" : ", " + error));
    }

    /** A recipient the channel cannot reach at all (e.g. no address): no attempt was made. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void unreachable(long invoiceId, String channel, String reason) {
        DeliveryAttempt attempt = new DeliveryAttempt(invoiceId, channel, "unreachable", null,
                DeliveryStatus.UNREACHABLE, clock.now(), InvoiceHistory.SYSTEM);
        attempt.finish(DeliveryStatus.UNREACHABLE, null, reason, clock.now());
        repository.save(attempt);
        history.record(invoiceId, "DELIVERY_UNREACHABLE", InvoiceHistory.SYSTEM, channel, reason);
    }

    /** A clerk delivered the document outside the system (post, in person) and says so. */
    @Transactional
    public void deliveredManually(long invoiceId, String user, String comment) {
        DeliveryAttempt attempt = new DeliveryAttempt(invoiceId, "MANUAL", "manual-" + invoiceId, null,
                DeliveryStatus.DELIVERED_MANUALLY, clock.now(), user);
        attempt.finish(DeliveryStatus.DELIVERED_MANUALLY, null, null, clock.now());
        attempt.comment(comment);
        repository.save(attempt);
        history.record(invoiceId, "DELIVERED_MANUALLY", user, "MANUAL", comment);
    }

    @Transactional(readOnly = true)
    public List<DeliveryAttempt> attempts(long invoiceId) {
        return repository.findByInvoiceIdOrderByIdAsc(invoiceId);
    }
}
