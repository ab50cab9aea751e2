package no.fakturaflyt.payment.bankfile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** One bank file taken in (upload or inbox), and how far its booking has come: the progress a clerk watches. */
@Entity
@Table(name = "bank_file_import")
public class BankFileImport {

    public enum Status { RUNNING, DONE, FAILED }

    static final int MAX_WARNINGS = 4000;
    /** The column's width (V19). */
    private static final int MAX_FINDINGS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fileName;
    @Enumerated(EnumType.STRING)
    private BankFile.Format format;
    private String fileReference;
    private String sha256;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int transactions;
    private int processed;
    private int matched;
    private int partlyPaid;
    private int overpaid;
    private int unmatched;
    private int duplicates;
    private int reversals;
    private int failed;
    private int refused;
    private BigDecimal total;
    private String source;
    private String importedBy;
    private Instant startedAt;
    private Instant finishedAt;
    private String error;
    /** The earliest import of the very same file (same SHA-256), when this one is a repeat. */
    private Long sameFileAs;
    /** What the file got wrong where no money is at stake, one per line; null when nothing. */
    private String warnings;
    /** Control figures that failed on entries not booked here, one per line: element, then the check. */
    private String controlFindings;
    @Version
    private long version;

    protected BankFileImport() {
    }

    BankFileImport(String fileName, BankFile file, String sha256, String source, String importedBy,
            Instant startedAt) {
        this.fileName = fileName;
        this.format = file.format();
        this.fileReference = file.fileReference();
        this.sha256 = sha256;
        this.status = Status.RUNNING;
        this.transactions = file.transactions().size();
        this.total = file.total();
        this.source = source;
        this.importedBy = importedBy;
        this.startedAt = startedAt;
        String findings = file.findings().stream().map(BankFile.Finding::toString).collect(Collectors.joining("\n"));
        this.controlFindings = findings.isEmpty() ? null
                : findings.length() <= MAX_FINDINGS ? findings : findings.substring(0, MAX_FINDINGS - 1) + "…";
    }

    void counted(IncomingTransaction.Status outcome) {
        processed++;
        switch (outcome) {
            case MATCHED -> matched++;
            case PARTLY_PAID -> partlyPaid++;
            case OVERPAID -> overpaid++;
            case UNMATCHED -> unmatched++;
            case DUPLICATE -> duplicates++;
            case REVERSED -> reversals++;
            case FAILED -> failed++;
            case REFUSED -> refused++;
            default -> { }
        }
    }

    /** This file was imported before, byte for byte, as that import. */
    void sameFileAs(long earlierImportId) {
        this.sameFileAs = earlierImportId;
    }

    void warn(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String all = String.join("\n", lines);
        this.warnings = all.length() <= MAX_WARNINGS ? all : all.substring(0, MAX_WARNINGS - 4) + "\n...";
    }

    void finished(Instant at) {
        status = Status.DONE;
        finishedAt = at;
    }

    void failed(String message, Instant at) {
        status = Status.FAILED;
        error = message;
        finishedAt = at;
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public BankFile.Format getFormat() { return format; }
    public String getFileReference() { return fileReference; }
    public String getSha256() { return sha256; }
    public Status getStatus() { return status; }
    public int getTransactions() { return transactions; }
    public int getProcessed() { return processed; }
    public int getMatched() { return matched; }
    public int getPartlyPaid() { return partlyPaid; }
    public int getOverpaid() { return overpaid; }
    public int getUnmatched() { return unmatched; }
    public int getDuplicates() { return duplicates; }
    public int getReversals() { return reversals; }
    public int getFailed() { return failed; }
    public BigDecimal getTotal() { return total; }
    public String getSource() { return source; }
    public String getImportedBy() { return importedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getError() { return error; }
    public int getRefused() { return refused; }
    public Long getSameFileAs() { return sameFileAs; }

    /** The warnings, one per entry; empty when none. */
    public List<String> getWarnings() {
        return warnings == null ? List.of() : List.of(warnings.split("\n"));
    }

    public String getControlFindings() { return controlFindings; }
}
