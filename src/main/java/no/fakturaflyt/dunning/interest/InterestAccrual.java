package no.fakturaflyt.dunning.interest;

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
import java.time.LocalDate;

/**
 * The late-payment interest one payment accrued: the part of it that paid the invoice itself, from the day after the
 * due date to the payment date. It waits, unbilled, until the customer's accruals reach the interest-note threshold
 * and an interest note bills them.
 */
@Entity
@Table(name = "interest_accrual")
class InterestAccrual {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private PaidBy paidBy;
    private long paymentId;
    private long invoiceId;
    private long invoiceNumber;
    private long customerId;
    private BigDecimal principal;
    private LocalDate dueDate;
    private LocalDate fromDate;
    private LocalDate toDate;
    private int days;
    private BigDecimal amount;
    /** The periods, rates and day counts, for the auditor to recompute. */
    private String calculation;
    private Instant createdAt;
    private Long billedInvoiceId;
    private Instant billedAt;
    @Version
    private long version;

    protected InterestAccrual() {
    }

    InterestAccrual(PaidBy paidBy, long paymentId, long invoiceId, long invoiceNumber, long customerId,
            BigDecimal principal, LocalDate dueDate, LocalDate fromDate, LocalDate toDate, int days, BigDecimal amount,
            String calculation, Instant createdAt) {
        this.paidBy = paidBy;
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.invoiceNumber = invoiceNumber;
        this.customerId = customerId;
        this.principal = principal;
        this.dueDate = dueDate;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.days = days;
        this.amount = amount;
        this.calculation = calculation;
        this.createdAt = createdAt;
    }

    void billed(long interestNoteId, Instant at) {
        if (billedInvoiceId != null) {
            throw new IllegalStateException("Interest accrual " + id + " was billed before by invoice id "
                    + billedInvoiceId);
        }
        this.billedInvoiceId = interestNoteId;
        this.billedAt = at;
    }

    Long getId() { return id; }
    PaidBy getPaidBy() { return paidBy; }
    long getPaymentId() { return paymentId; }
    long getInvoiceId() { return invoiceId; }
    long getInvoiceNumber() { return invoiceNumber; }
    long getCustomerId() { return customerId; }
    BigDecimal getPrincipal() { return principal; }
    LocalDate getDueDate() { return dueDate; }
    LocalDate getFromDate() { return fromDate; }
    LocalDate getToDate() { return toDate; }
    int getDays() { return days; }
    BigDecimal getAmount() { return amount; }
    String getCalculation() { return calculation; }
    Instant getCreatedAt() { return createdAt; }
    /** The interest note that billed it; null while unbilled. */
    Long getBilledInvoiceId() { return billedInvoiceId; }
    Instant getBilledAt() { return billedAt; }
}
