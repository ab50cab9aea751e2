package no.fakturaflyt.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's open item in the receivables ledger (kundereskontro): the receivable of one invoice, or a fee a
 * reminder or collection notice claimed on it. Every item knows the invoice it concerns; only an invoice's own item
 * carries {@code invoiceId}.
 */
@Entity
@Table(name = "open_item")
public class OpenItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerId;
    private Long invoiceId;
    @Enumerated(EnumType.STRING)
    private OpenItemType itemType;
    private long concernsInvoiceId;
    /** For a fee: the step that claimed it (e.g. REMINDER_1); null for an invoice. */
    private String reference;
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
        this(OpenItemType.INVOICE, null, customerId, invoiceId, invoiceNumber, kid, invoiceDate, dueDate, amount);
        this.invoiceId = invoiceId;
    }

    OpenItem(OpenItemType itemType, String reference, long customerId, long concernsInvoiceId, long invoiceNumber,
            String kid, LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount) {
        this.itemType = itemType;
        this.reference = reference;
        this.concernsInvoiceId = concernsInvoiceId;
        this.customerId = customerId;
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
    /** The invoice whose receivable this is; null for a fee. */
    public Long getInvoiceId() { return invoiceId; }
    public OpenItemType getItemType() { return itemType; }
    /** The invoice this item belongs to: its own receivable, or the invoice a fee was claimed on. */
    public long getConcernsInvoiceId() { return concernsInvoiceId; }
    public String getReference() { return reference; }
    public long getInvoiceNumber() { return invoiceNumber; }
    public String getKid() { return kid; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public LocalDate getDueDate() { return dueDate; }
    public BigDecimal getOriginalAmount() { return originalAmount; }
    public BigDecimal getOpenAmount() { return openAmount; }
}
