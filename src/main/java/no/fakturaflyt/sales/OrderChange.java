package no.fakturaflyt.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change of an order made from a quote: which line, what changed from what to what, who, when. */
@Entity
@Table(name = "order_change")
public class OrderChange {

    /** What changed on a line. */
    public enum Type { LINE_ADDED, LINE_REMOVED, PRODUCT, DESCRIPTION, QUANTITY, UNIT_PRICE, DISCOUNT, VAT_CODE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long orderId;
    private int lineNo;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Type changeType;
    private String oldValue;
    private String newValue;
    private String changedBy;
    private Instant changedAt;

    protected OrderChange() {
    }

    OrderChange(long orderId, LineDifference difference, String changedBy, Instant changedAt) {
        this.orderId = orderId;
        this.lineNo = difference.lineNo();
        this.changeType = difference.type();
        this.oldValue = difference.oldValue();
        this.newValue = difference.newValue();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public long getOrderId() { return orderId; }
    public int getLineNo() { return lineNo; }
    public Type getChangeType() { return changeType; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
