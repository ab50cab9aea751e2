package no.fakturaflyt.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated step down of an open item: the item's original amount less its reductions up to a day is what was open
 * that day. Written together with the change to the item, never changed afterwards.
 */
@Entity
@Table(name = "open_item_reduction")
public class OpenItemReduction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long openItemId;
    private long customerId;
    @Enumerated(EnumType.STRING)
    private ReductionKind kind;
    private LocalDate reducedOn;
    private BigDecimal amount;
    private String sourceType;
    private long sourceId;
    private Instant createdAt;

    protected OpenItemReduction() {
    }

    OpenItemReduction(OpenItem item, BigDecimal amount, ReductionCause cause, Instant createdAt) {
        this.openItemId = item.getId();
        this.customerId = item.getCustomerId();
        this.kind = cause.kind();
        this.reducedOn = cause.date();
        this.amount = amount;
        this.sourceType = cause.sourceType();
        this.sourceId = cause.sourceId();
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getOpenItemId() { return openItemId; }
    public long getCustomerId() { return customerId; }
    public ReductionKind getKind() { return kind; }
    /** The day the reduction counts from (paid on, credit note date, voucher date). */
    public LocalDate getReducedOn() { return reducedOn; }
    public BigDecimal getAmount() { return amount; }
    public String getSourceType() { return sourceType; }
    public long getSourceId() { return sourceId; }
    public Instant getCreatedAt() { return createdAt; }
}
