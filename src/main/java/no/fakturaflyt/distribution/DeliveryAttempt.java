package no.fakturaflyt.distribution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One try to deliver a document through one channel: which document (the invoice's own PDF, or a follow-up document
 * of it), when, to whom, message id, outcome.
 */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long invoiceId;
    /** The follow-up document (reminder, collection notice) delivered; null for the invoice's own PDF. */
    private Long documentId;
    private String channel;
    private String idempotencyKey;
    private String recipient;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private String messageId;
    private String error;
    private Instant startedAt;
    private Instant finishedAt;
    private String performedBy;
    private String comment;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(long invoiceId, Long documentId, String channel, String idempotencyKey, String recipient,
            DeliveryStatus status, Instant startedAt, String performedBy) {
        this.invoiceId = invoiceId;
        this.documentId = documentId;
        this.channel = channel;
        this.idempotencyKey = idempotencyKey;
        this.recipient = recipient;
        this.status = status;
        this.startedAt = startedAt;
        this.performedBy = performedBy;
    }

    void finish(DeliveryStatus outcome, String recipient, String messageId, String error, Instant at) {
        this.status = outcome;
        if (recipient != null) {
            this.recipient = recipient;
        }
        this.messageId = messageId;
        this.error = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        this.finishedAt = at;
    }

    void rejectedLate(String reason, Instant at) {
        this.status = DeliveryStatus.REJECTED_LATE;
        this.error = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        this.finishedAt = at;
    }

    void comment(String comment) {
        this.comment = comment;
    }

    public Long getId() { return id; }
    public long getInvoiceId() { return invoiceId; }
    public Long getDocumentId() { return documentId; }
    public String getChannel() { return channel; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getRecipient() { return recipient; }
    public DeliveryStatus getStatus() { return status; }
    public String getMessageId() { return messageId; }
    public String getError() { return error; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getPerformedBy() { return performedBy; }
    public String getComment() { return comment; }
}
