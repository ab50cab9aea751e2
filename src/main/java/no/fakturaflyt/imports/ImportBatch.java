package no.fakturaflyt.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One file taken in: its preview's counts, then the confirmed write and its progress. */
@Entity
@Table(name = "import_batch")
class ImportBatch {

    /** PREVIEW: nothing written, waiting for the clerk. RUNNING: being written. DONE, FAILED (nothing written). */
    enum Status { PREVIEW, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ImportKind kind;
    private String fileName;
    private String encoding;
    private String delimiter;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int totalRows;
    private int creates;
    private int updates;
    private int refused;
    private int processed;
    private String error;
    private String createdBy;
    private Instant createdAt;
    private String confirmedBy;
    private Instant finishedAt;
    @Version
    private long version;

    protected ImportBatch() {
    }

    ImportBatch(ImportKind kind, String fileName, String encoding, char delimiter, String createdBy,
            Instant createdAt) {
        this.kind = kind;
        this.fileName = fileName;
        this.encoding = encoding;
        this.delimiter = String.valueOf(delimiter);
        this.status = Status.PREVIEW;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void counted(int creates, int updates, int refused) {
        this.creates = creates;
        this.updates = updates;
        this.refused = refused;
        this.totalRows = creates + updates + refused;
    }

    Long getId() { return id; }
    ImportKind getKind() { return kind; }
    String getFileName() { return fileName; }
    String getEncoding() { return encoding; }
    String getDelimiter() { return delimiter; }
    Status getStatus() { return status; }
    int getTotalRows() { return totalRows; }
    int getCreates() { return creates; }
    int getUpdates() { return updates; }
    int getRefused() { return refused; }
    int getProcessed() { return processed; }
    String getError() { return error; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    String getConfirmedBy() { return confirmedBy; }
    Instant getFinishedAt() { return finishedAt; }

    /** The rows to write (created or updated). */
    int toWrite() {
        return creates + updates;
    }
}
