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
 * One dated change of a customer's credit balance (kundens tilgode): positive raises it, negative uses it. Written
 * with its voucher in one transaction, never changed afterwards except to note that voucher.
 */
@Entity
@Table(name = "customer_credit_movement")
public class CreditMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerId;
    @Enumerated(EnumType.STRING)
    private CreditMovementKind kind;
    private LocalDate movedOn;
    private BigDecimal amount;
    private Long invoiceId;
    private String sourceType;
    private Long sourceId;
    private String bankAccount;
    private String reference;
    private Long voucherId;
    private Instant createdAt;
    private String createdBy;

    protected CreditMovement() {
    }

    CreditMovement(CreditMovementRequest request, Instant createdAt) {
        this.customerId = request.customerId();
        this.kind = request.kind();
        this.movedOn = request.date();
        this.amount = request.kind() == CreditMovementKind.CREDIT_NOTE ? request.amount() : request.amount().negate();
        this.invoiceId = request.invoiceId();
        this.sourceType = request.sourceType();
        this.sourceId = request.sourceId();
        this.bankAccount = request.bankAccount();
        this.reference = request.reference();
        this.createdAt = createdAt;
        this.createdBy = request.createdBy();
    }

    /** Notes the voucher that books it; a refund or set-off is its own source, so it gets its own id as source. */
    void booked(long voucher) {
        if (sourceId == null) {
            sourceId = id;
        }
        this.voucherId = voucher;
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public CreditMovementKind getKind() { return kind; }
    /** The day it counts from: the credit note's date, the refund's or the set-off's. */
    public LocalDate getMovedOn() { return movedOn; }
    /** Signed: positive raises the customer's credit, negative uses it. */
    public BigDecimal getAmount() { return amount; }
    /** The credited invoice (CREDIT_NOTE) or the invoice the credit was set off against (SET_OFF). */
    public Long getInvoiceId() { return invoiceId; }
    public String getSourceType() { return sourceType; }
    public Long getSourceId() { return sourceId; }
    /** The customer's bank account a refund went to (11 digits). */
    public String getBankAccount() { return bankAccount; }
    public String getReference() { return reference; }
    public Long getVoucherId() { return voucherId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
