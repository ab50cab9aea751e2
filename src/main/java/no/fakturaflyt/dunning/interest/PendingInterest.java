package no.fakturaflyt.dunning.interest;

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
 * Days of a late payment whose half-year had no late-interest rate when the payment was booked: their interest is
 * owed but not computed until the rate is added (never guessed); then they become an accrual and this row goes.
 */
@Entity
@Table(name = "pending_interest")
class PendingInterest {

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
    /** The half-year whose rate is missing, e.g. "2027 H1". */
    private String waitingFor;
    private Instant createdAt;

    protected PendingInterest() {
    }

    PendingInterest(PaidBy paidBy, long paymentId, long invoiceId, long invoiceNumber, long customerId,
            BigDecimal principal, LocalDate dueDate, LocalDate fromDate, LocalDate toDate, String waitingFor,
            Instant createdAt) {
        this.paidBy = paidBy;
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.invoiceNumber = invoiceNumber;
        this.customerId = customerId;
        this.principal = principal;
        this.dueDate = dueDate;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.waitingFor = waitingFor;
        this.createdAt = createdAt;
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
    String getWaitingFor() { return waitingFor; }
    Instant getCreatedAt() { return createdAt; }
}
