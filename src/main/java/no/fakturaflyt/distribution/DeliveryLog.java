package no.fakturaflyt.distribution;

import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.invoicing.InvoiceHistory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records delivery attempts in transactions of their own, so that what was handed to a channel stays on record
 * even when the job that sent it fails afterwards: a retry then sees the earlier success and sends nothing.
 *
 * <p>Every attempt belongs to an invoice; an attempt that delivered a follow-up document (reminder, collection notice)
 * also names that document, and the invoice's history says which document it was ("REMINDER_1 delivered through
 * EMAIL to ..."), so that the invoice's trail shows its reminders next to its own delivery.
 */
@Service
public class DeliveryLog {

    private final DeliveryAttemptRepository repository;
    private final InvoiceHistory history;
    private final DocumentService documents;
    private final OsloClock clock;
    private final ObjectProvider<DeliveryLog> self;

    DeliveryLog(DeliveryAttemptRepository repository, InvoiceHistory history, DocumentService documents,
            OsloClock clock, ObjectProvider<DeliveryLog> self) {
        this.repository = repository;
        this.history = history;
        this.documents = documents;
        this.clock = clock;
        this.self = self;
    }

    /** This bean through its proxy, so that the transaction of each method applies. */
    private DeliveryLog self() {
        return self.getObject();
    }

    /** The successful delivery under this idempotency key, if there was one (and it was not rejected later). */
    @Transactional(readOnly = true)
    public Optional<DeliveryAttempt> delivered(String idempotencyKey) {
        return repository.findFirstByIdempotencyKeyAndStatus(idempotencyKey, DeliveryStatus.SENT);
    }

    /**
     * The attempt under this idempotency key that was handed to the channel and never finished (the node died, or
     * recording the outcome failed): the channel may have accepted it.
     */
    @Transactional(readOnly = true)
    public Optional<DeliveryAttempt> unfinished(String idempotencyKey) {
        return repository.findFirstByIdempotencyKeyAndStatus(idempotencyKey, DeliveryStatus.SENDING);
    }

    /**
     * Records that the channel accepted the document. First in a transaction of its own, so the record survives a job
     * that fails afterwards; when that cannot be had (no free connection, a database hiccup), in the caller's (the
     * job's) transaction, which already holds a connection. Never turns an accepted delivery into FAILED: when
     * neither works, the attempt stays SENDING and the next try resolves it ({@link #unfinished}).
     */
    public void accepted(long attemptId, String recipient, String reference) {
        try {
            self().finished(attemptId, DeliveryStatus.SENT, recipient, reference, null);
        } catch (RuntimeException first) {
            try {
                self().finishedInCurrentTransaction(attemptId, DeliveryStatus.SENT, recipient, reference);
            } catch (RuntimeException second) {
                second.addSuppressed(first);
                throw new AcceptedButNotRecordedException(attemptId, second);
            }
        }
    }

    @Transactional
    public void finishedInCurrentTransaction(long attemptId, DeliveryStatus outcome, String recipient,
            String reference) {
        DeliveryAttempt attempt = repository.findById(attemptId).orElseThrow();
        attempt.finish(outcome, recipient, reference, null, clock.now());
        repository.flush();
        history.record(attempt.getInvoiceId(), "DELIVERY_" + outcome.name(), InvoiceHistory.SYSTEM,
                attempt.getChannel(), describe(attempt, outcome, attempt.getRecipient(), reference, null));
    }

    /**
     * An unfinished attempt that cannot be asked about (e-mail) is left to a clerk: UNCONFIRMED, never sent again by
     * itself. In the job's transaction, which commits as the run goes to the clerk.
     */
    @Transactional
    public void unconfirmed(long attemptId, String reason) {
        DeliveryAttempt attempt = repository.findById(attemptId).orElseThrow();
        attempt.finish(DeliveryStatus.UNCONFIRMED, null, null, reason, clock.now());
        history.record(attempt.getInvoiceId(), "DELIVERY_UNCONFIRMED", InvoiceHistory.SYSTEM, attempt.getChannel(),
                describe(attempt, DeliveryStatus.UNCONFIRMED, attempt.getRecipient(), null, reason));
    }

    /** @param documentId the follow-up document being delivered; null for the invoice's own PDF */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long started(long invoiceId, Long documentId, String channel, String idempotencyKey, String recipient) {
        return repository.save(new DeliveryAttempt(invoiceId, documentId, channel, idempotencyKey, recipient,
                DeliveryStatus.SENDING, clock.now(), InvoiceHistory.SYSTEM)).getId();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finished(long attemptId, DeliveryStatus outcome, String recipient, String reference, String error) {
        DeliveryAttempt attempt = repository.findById(attemptId).orElseThrow();
        attempt.finish(outcome, recipient, reference, error, clock.now());
        history.record(attempt.getInvoiceId(), "DELIVERY_" + outcome.name(), InvoiceHistory.SYSTEM,
                attempt.getChannel(), describe(attempt, outcome, attempt.getRecipient(), reference, error));
    }

    /** The channel cannot take the document for this recipient: nothing was sent, the run moves on. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void skipped(long invoiceId, Long documentId, String channel, String reason) {
        DeliveryAttempt attempt = new DeliveryAttempt(invoiceId, documentId, channel, "skipped", null,
                DeliveryStatus.SKIPPED, clock.now(), InvoiceHistory.SYSTEM);
        attempt.finish(DeliveryStatus.SKIPPED, null, null, reason, clock.now());
        repository.save(attempt);
        history.record(invoiceId, "DELIVERY_SKIPPED", InvoiceHistory.SYSTEM, channel,
                describe(attempt, DeliveryStatus.SKIPPED, null, null, reason));
    }

    /** A bounce or rejection arrived after the channel had accepted the document. */
    @Transactional
    public Optional<DeliveryAttempt> rejectedLate(String reference, String reason) {
        Optional<DeliveryAttempt> attempt = repository.findFirstByMessageIdAndStatus(reference, DeliveryStatus.SENT);
        attempt.ifPresent(a -> {
            a.rejectedLate(reason, clock.now());
            history.record(a.getInvoiceId(), "DELIVERY_REJECTED_LATE", InvoiceHistory.SYSTEM, a.getChannel(),
                    describe(a, DeliveryStatus.REJECTED_LATE, a.getRecipient(), reference, reason));
        });
        return attempt;
    }

    /** A clerk delivered the document outside the system (post, in person) and says so. */
    @Transactional
    public void deliveredManually(long invoiceId, Long documentId, String user, String comment) {
        DeliveryAttempt attempt = new DeliveryAttempt(invoiceId, documentId, "MANUAL",
                documentId == null ? "manual-" + invoiceId : "manual-document-" + documentId, null,
                DeliveryStatus.DELIVERED_MANUALLY, clock.now(), user);
        attempt.finish(DeliveryStatus.DELIVERED_MANUALLY, null, null, null, clock.now());
        attempt.comment(comment);
        repository.save(attempt);
        history.record(invoiceId, "DELIVERED_MANUALLY", user, "MANUAL",
                documentId == null ? comment : kindOf(documentId) + " delivered by hand"
                        + (comment == null || comment.isBlank() ? "" : ": " + comment));
    }

    /** Every attempt concerning the invoice: its own delivery and those of its follow-up documents. */
    @Transactional(readOnly = true)
    public List<DeliveryAttempt> attempts(long invoiceId) {
        return repository.findByInvoiceIdOrderByIdAsc(invoiceId);
    }

    /** The attempts of one document: the invoice's own PDF ({@code documentId} null) or one follow-up document. */
    @Transactional(readOnly = true)
    public List<DeliveryAttempt> attempts(long invoiceId, Long documentId) {
        return documentId == null ? repository.findByInvoiceIdAndDocumentIdIsNullOrderByIdAsc(invoiceId)
                : repository.findByInvoiceIdAndDocumentIdOrderByIdAsc(invoiceId, documentId);
    }

    /** The invoice's own delivery is described as it always was; a follow-up document's says which one it was. */
    private String describe(DeliveryAttempt attempt, DeliveryStatus outcome, String recipient, String reference,
            String error) {
        String details = describe(recipient, reference, error);
        if (attempt.getDocumentId() == null) {
            return details;
        }
        String what = kindOf(attempt.getDocumentId()) + " " + verb(outcome) + " " + attempt.getChannel();
        return details.isEmpty() ? what : what + (recipient != null ? " " : ": ") + details;
    }

    private String kindOf(long documentId) {
        return documents.document(documentId).getKind();
    }

    private static String verb(DeliveryStatus outcome) {
        return switch (outcome) {
            case SENT -> "delivered through";
            case SENDING -> "handed to";
            case FAILED -> "failed technically on";
            case UNREACHABLE -> "could not reach the recipient through";
            case SKIPPED -> "not sent through";
            case REJECTED_LATE -> "rejected after delivery through";
            case DELIVERED_MANUALLY -> "delivered by hand, recorded as";
            case UNCONFIRMED -> "perhaps delivered (unconfirmed) through";
        };
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
