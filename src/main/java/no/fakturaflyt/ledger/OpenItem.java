package no.fakturaflyt.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer's open item in the receivables ledger (kundereskontro), one per invoice. */
@Entity
@Table(name = "open_item")
public class OpenItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerId;
    private long invoiceId;
    private long invoiceNumber;
    private String kid;
    private LocalDate invoiceDate;
    private LocalDate dueDate;
    private BigDecimal originalAmount;
    private BigDecimal openAmount;
    @Version
    private long version;

    protected OpenItem() {
    }

    OpenItem(long customerId, long invoiceId, long invoiceNumber, String kid, LocalDate invoiceDate,
            LocalDate dueDate, BigDecimal amount) {
        this.customerId = customerId;
        this.invoiceId = invoiceId;
        this.invoiceNumber = invoiceNumber;
        this.kid = kid;
        this.invoiceDate = invoiceDate;
        this.dueDate = dueDate;
        this.originalAmount = amount;
        this.openAmount = amount;
    }

    void reduceBy(BigDecimal amount) {
        openAmount = openAmount.subtract(amount);
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public long getInvoiceId() { return invoiceId; }
    public long getInvoiceNumber() { return invoiceNumber; }
    public String getKid() { return kid; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public LocalDate getDueDate() { return dueDate; }
    public BigDecimal getOriginalAmount() { return originalAmount; }
    public BigDecimal getOpenAmount() { return openAmount; }
}
