package no.fakturaflyt.payment;

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
import no.fakturaflyt.common.Money;
import no.fakturaflyt.ledger.OpenItemType;

/**
 * Money received for one invoice: what came in, when, from where, and how it was spread over the invoice's own item
 * and the fees claimed on it. Written once; what it paid beyond the open items stays {@code unallocated}.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long invoiceId;
    private long customerId;
    private BigDecimal amount;
    private LocalDate paidOn;
    private String reference;
    private String source;
    private String idempotencyKey;
    private BigDecimal appliedToInvoice;
    private BigDecimal appliedToFees;
    private BigDecimal unallocated;
    private Long voucherId;
    private Instant registeredAt;
    private LocalDate reversedOn;
    private Long reversalVoucherId;
    private String registeredBy;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "payment_id", nullable = false)
    @OrderBy("lineNo")
    private List<PaymentAllocation> allocations = new ArrayList<>();

    protected Payment() {
    }

    /** Nothing allocated yet: the whole amount is unallocated until {@link #allocate} spreads it. */
    Payment(long invoiceId, long customerId, BigDecimal amount, LocalDate paidOn, String reference,
            PaymentSource source, String idempotencyKey, Instant registeredAt, String registeredBy) {
        this.invoiceId = invoiceId;
        this.customerId = customerId;
        this.amount = amount;
        this.paidOn = paidOn;
        this.reference = reference;
        this.source = source.name();
        this.idempotencyKey = idempotencyKey;
        this.appliedToInvoice = Money.ZERO;
        this.appliedToFees = Money.ZERO;
        this.unallocated = amount;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    void allocate(long openItemId, OpenItemType itemType, BigDecimal part) {
        if (part.compareTo(unallocated) > 0) {
            throw new IllegalStateException("Cannot allocate " + part + " of payment " + id + ": only "
                    + unallocated + " is left");
        }
        allocations.add(new PaymentAllocation(allocations.size() + 1, openItemId, itemType, part));
        if (itemType == OpenItemType.INVOICE) {
            appliedToInvoice = appliedToInvoice.add(part);
        } else {
            appliedToFees = appliedToFees.add(part);
        }
        unallocated = unallocated.subtract(part);
    }

    void booked(long voucherId) {
        this.voucherId = voucherId;
    }

    /** The same payment as reported before: same invoice, amount, date, reference and source. */
    boolean sameAs(long otherInvoiceId, BigDecimal otherAmount, LocalDate otherPaidOn, String otherReference,
            PaymentSource otherSource) {
        return invoiceId == otherInvoiceId && amount.compareTo(otherAmount) == 0 && paidOn.equals(otherPaidOn)
                && java.util.Objects.equals(reference, otherReference) && source.equals(otherSource.name());
    }

    public Long getId() { return id; }
    public long getInvoiceId() { return invoiceId; }
    public long getCustomerId() { return customerId; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public String getReference() { return reference; }
    /** MANUAL, OCR, CAMT054 or AGENCY. */
    public String getSource() { return source; }
    public String getIdempotencyKey() { return idempotencyKey; }
    /** What went to the invoice's own item. */
    public BigDecimal getAppliedToInvoice() { return appliedToInvoice; }
    /** What went to the reminder and notice fees claimed on the invoice. */
    public BigDecimal getAppliedToFees() { return appliedToFees; }
    /** Paid beyond everything open on the invoice: the customer's credit, not yet settled. */
    public BigDecimal getUnallocated() { return unallocated; }
    public Long getVoucherId() { return voucherId; }
    public Instant getRegisteredAt() { return registeredAt; }
    public String getRegisteredBy() { return registeredBy; }
    public List<PaymentAllocation> getAllocations() { return List.copyOf(allocations); }
    /** The day the bank took the payment back (OCR transaction type 18/20, camt.054 reversal); null if it stands. */
    public LocalDate getReversedOn() { return reversedOn; }
    public Long getReversalVoucherId() { return reversalVoucherId; }

    void reversed(LocalDate on, long voucherId) {
        this.reversedOn = on;
        this.reversalVoucherId = voucherId;
    }
}
