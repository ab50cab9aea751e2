package no.fakturaflyt.document;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A rendered document as it was sent, kept unchanged with its SHA-256 for the auditor. */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    public static final String INVOICE_PDF = "INVOICE_PDF";
    /** Follow-up documents: their kind is the follow-up step that sends them. */
    public static final String REMINDER_1 = "REMINDER_1";
    public static final String REMINDER_2 = "REMINDER_2";
    public static final String COLLECTION_NOTICE = "COLLECTION_NOTICE";
    /**
     * The invoice's own PDF stamped "trekkes via AvtaleGiro" with the charge date on every page: the notice the payee
     * owes a payer whose AvtaleGiro claim carries no bank notification (transaction type 02).
     */
    public static final String AVTALEGIRO_NOTICE = "AVTALEGIRO_NOTICE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long invoiceId;
    private String kind;
    private String fileName;
    private String contentType;
    private byte[] content;
    private String sha256;
    private Instant createdAt;
    /** A follow-up document's total to pay (outstanding + fee + interest); null for an invoice's own PDF. */
    private BigDecimal amountDue;
    /** A follow-up document's deadline; null for an invoice's own PDF. */
    private LocalDate payBy;

    protected StoredDocument() {
    }

    StoredDocument(long invoiceId, String kind, String fileName, String contentType, byte[] content, String sha256,
            Instant createdAt) {
        this.invoiceId = invoiceId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getInvoiceId() { return invoiceId; }
    public String getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
    public Instant getCreatedAt() { return createdAt; }
    public BigDecimal getAmountDue() { return amountDue; }
    public LocalDate getPayBy() { return payBy; }

    /** A reminder or collection notice rather than the invoice (or credit note) itself. */
    public boolean isFollowUpDocument() {
        return !INVOICE_PDF.equals(kind);
    }

    void setDue(BigDecimal amountDue, LocalDate payBy) {
        this.amountDue = amountDue;
        this.payBy = payBy;
    }
}
