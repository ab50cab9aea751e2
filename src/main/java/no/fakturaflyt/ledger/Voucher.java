package no.fakturaflyt.ledger;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A posted voucher (bilag) in a fiscal year and period: balanced lines, never changed after posting. */
@Entity
@Table(name = "voucher")
public class Voucher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long voucherNumber;
    private LocalDate voucherDate;
    private int fiscalYear;
    private int fiscalPeriod;
    private LocalDate documentDate;
    private String description;
    private String sourceType;
    private long sourceId;
    private Instant createdAt;
    private String createdBy;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER, orphanRemoval = false)
    @JoinColumn(name = "voucher_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<VoucherLine> lines = new ArrayList<>();

    protected Voucher() {
    }

    Voucher(long voucherNumber, FiscalPlacement placement, LocalDate documentDate, String description,
            String sourceType, long sourceId, Instant createdAt, String createdBy, List<VoucherLine> lines) {
        this.voucherNumber = voucherNumber;
        this.voucherDate = placement.postingDate();
        this.fiscalYear = placement.fiscalYear();
        this.fiscalPeriod = placement.period();
        this.documentDate = documentDate;
        this.description = description;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.lines.addAll(lines);
    }

    public BigDecimal totalDebit() {
        return lines.stream().map(VoucherLine::getDebit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalCredit() {
        return lines.stream().map(VoucherLine::getCredit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() { return id; }
    public long getVoucherNumber() { return voucherNumber; }
    public LocalDate getVoucherDate() { return voucherDate; }
    public int getFiscalYear() { return fiscalYear; }
    public int getFiscalPeriod() { return fiscalPeriod; }
    /** The date of the document booked: the voucher date, unless the document's own period was closed. */
    public LocalDate getDocumentDate() { return documentDate; }
    public String getDescription() { return description; }
    public String getSourceType() { return sourceType; }
    public long getSourceId() { return sourceId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public List<VoucherLine> getLines() { return List.copyOf(lines); }
}
