package no.fakturaflyt.payment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import no.fakturaflyt.ledger.OpenItemType;

/** How much of a payment went to one open item: the invoice's own receivable or a fee claimed on it. */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int lineNo;
    private long openItemId;
    @Enumerated(EnumType.STRING)
    private OpenItemType itemType;
    private BigDecimal amount;

    protected PaymentAllocation() {
    }

    PaymentAllocation(int lineNo, long openItemId, OpenItemType itemType, BigDecimal amount) {
        this.lineNo = lineNo;
        this.openItemId = openItemId;
        this.itemType = itemType;
        this.amount = amount;
    }

    public int getLineNo() { return lineNo; }
    public long getOpenItemId() { return openItemId; }
    public OpenItemType getItemType() { return itemType; }
    public BigDecimal getAmount() { return amount; }
}
