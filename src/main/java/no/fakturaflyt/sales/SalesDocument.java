package no.fakturaflyt.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The PDF of a quote or order confirmation exactly as it was sent, with its SHA-256. */
@Entity
@Table(name = "sales_document")
class SalesDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private SalesEvent.Subject entityType;
    private long entityId;
    private String fileName;
    private byte[] content;
    private String sha256;
    private Instant createdAt;

    protected SalesDocument() {
    }

    SalesDocument(SalesEvent.Subject entityType, long entityId, String fileName, byte[] content, String sha256,
            Instant createdAt) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.fileName = fileName;
        this.content = content;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    String getFileName() { return fileName; }
    byte[] getContent() { return content; }
    String getSha256() { return sha256; }
}
